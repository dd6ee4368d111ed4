package org.peacerecord.user;

import org.springframework.validation.BindingResult;

/** Form checks shared by the password forms. */
final class Passwords {

    private Passwords() {
    }

    /** The confirmation must repeat the new password (compared as the password will be: normalised). */
    static void checkConfirmation(String password, String confirmation, BindingResult result) {
        if (result.hasFieldErrors("confirmation") || password == null || password.isEmpty()) {
            return;
        }
        if (confirmation == null || !PasswordPolicy.normalize(password).equals(PasswordPolicy.normalize(confirmation))) {
            result.rejectValue("confirmation", "password.mismatch");
        }
    }

    /**
     * The new password must not be built from the account's username (the form's own check, {@link ValidPassword},
     * knows no username). Runs only when the password broke no other rule.
     */
    static void checkAgainstUsername(String field, String password, String username, BindingResult result) {
        if (result.hasFieldErrors(field) || password == null || username == null) {
            return;
        }
        PasswordPolicy.violation(password, username).ifPresent(key -> result.rejectValue(field, key));
    }
}
