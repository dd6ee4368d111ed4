package org.peacerecord.user;

import jakarta.validation.constraints.NotNull;

/** /admin/users/{id}/role. */
class RoleForm {

    @NotNull(message = "{users.role.required}")
    private Role role;

    RoleForm() {
    }

    RoleForm(Role role) {
        this.role = role;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
