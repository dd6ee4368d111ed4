package org.peacerecord.user;

/**
 * What an account may do. Spring Security sees a role as the authority {@code ROLE_<name>}, so
 * rules are written {@code hasRole('ADMIN')} or {@code hasAnyRole('EDITOR','ADMIN')}.
 */
public enum Role {

    /** Everything editors may do, plus managing accounts (/admin/users). */
    ADMIN,

    /** Edits the record (/admin/**, except accounts). */
    EDITOR;

    /** The role names as annotation-friendly constants: {@code @PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")}. */
    public static final String ADMIN_NAME = "ADMIN";
    public static final String EDITOR_NAME = "EDITOR";

    /** The granted authority Spring Security checks, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
