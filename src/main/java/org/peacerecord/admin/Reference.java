package org.peacerecord.admin;

/**
 * A link from one record type to another, declared by the type that holds it: a contribution's
 * {@code mission}, a training's {@code themes}. A record that others still point at cannot be deleted;
 * these declarations let the editor list what points at it without the target knowing its referrers, and
 * offer the target's records as the choices of the form field that sets the link.
 *
 * @param target     the referenced entity class
 * @param attribute  the referring entity's attribute (a to-one reference or a to-many collection)
 * @param field      the form field holding the referenced id(s): {@code missionId}, {@code themeIds}
 * @param collection whether the attribute is a collection
 */
public record Reference(Class<?> target, String attribute, String field, boolean collection) {

    /** A to-one reference set by the form field {@code <attribute>Id}. */
    public static Reference to(Class<?> target, String attribute) {
        return new Reference(target, attribute, attribute + "Id", false);
    }

    /** A to-many reference set by the form field {@code field} (a collection of ids). */
    public static Reference toMany(Class<?> target, String attribute, String field) {
        return new Reference(target, attribute, field, true);
    }
}
