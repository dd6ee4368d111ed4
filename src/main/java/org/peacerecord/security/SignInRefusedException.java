package org.peacerecord.security;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before any password was checked: the budget is used up, or too many checks are running. */
class SignInRefusedException extends AuthenticationException {

    enum Reason { LOCKED, ADDRESS_LOCKED, BUSY }

    private final Reason reason;

    SignInRefusedException(Reason reason) {
        super("Sign-in refused: " + reason);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
