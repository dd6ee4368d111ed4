package org.peacerecord.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** /admin/users/new: a new account with its initial password. */
class NewUserForm {

    @NotBlank(message = "{users.username.required}")
    @Size(min = Usernames.MIN_LENGTH, max = Usernames.MAX_LENGTH, message = "{users.username.size}")
    @Pattern(regexp = Usernames.PATTERN, message = "{users.username.pattern}")
    private String username;

    @NotNull(message = "{users.role.required}")
    private Role role = Role.EDITOR;

    @ValidPassword
    private String password;

    private String confirmation;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : Usernames.normalize(username);
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
