package org.peacerecord.user;

/** /admin/users/{id}/password: an admin sets a new password for someone else. */
class PasswordResetForm {

    @ValidPassword
    private String newPassword;

    private String confirmation;

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
