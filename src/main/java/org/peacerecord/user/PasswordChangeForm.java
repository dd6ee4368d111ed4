package org.peacerecord.user;

import jakarta.validation.constraints.NotEmpty;

/** /account/password: the signed-in user's own password. */
class PasswordChangeForm {

    @NotEmpty(message = "{account.password.current.required}")
    private String currentPassword;

    @ValidPassword
    private String newPassword;

    private String confirmation;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
