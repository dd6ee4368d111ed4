package org.peacerecord.admin;

/**
 * A link from one record type to another, declared by the type that holds it: a contribution's
 * {@code mission}, a training's {@code themes}. A record that others still point at cannot be deleted;
 * these declarations let the admin list what points at it without the target knowing its referrers.
 *
 * @param target     the referenced entity class
 * @param attribute  the referring entity's attribute (a to-one reference or a to-many collection)
 * @param collection whether the attribute is a collection
 */
public record Reference(Class<?> target, String attribute, boolean collection) {

    public static Reference to(Class<?> target, String attribute) {
        return new Reference(target, attribute, false);
    }

    public static Reference toMany(Class<?> target, String attribute) {
        return new Reference(target, attribute, true);
    }
}
