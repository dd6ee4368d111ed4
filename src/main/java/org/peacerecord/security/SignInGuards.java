package org.peacerecord.security;

import org.peacerecord.security.SignInThrottle.Budget;
import org.peacerecord.user.AccountGuards;
import org.springframework.stereotype.Component;

/** The accounts' view of the budgets: a username's pause, and its budget of wrong current passwords. */
@Component
class SignInGuards implements AccountGuards {

    private final SignInThrottle throttle;

    SignInGuards(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean isPaused(String username) {
        return throttle.isLocked(Budget.USERNAME, SignInThrottle.usernameKey(username));
    }

    @Override
    public void lift(String username) {
        throttle.clear(Budget.USERNAME, SignInThrottle.usernameKey(username));
    }

    @Override
    public boolean reserveCurrentPasswordCheck(String username) {
        return throttle.reserve(Budget.ACCOUNT, SignInThrottle.usernameKey(username));
    }

    @Override
    public void currentPasswordChecked(String username, boolean right) {
        if (right) {
            throttle.succeeded(Budget.ACCOUNT, SignInThrottle.usernameKey(username));
        } else {
            throttle.failed(Budget.ACCOUNT, SignInThrottle.usernameKey(username));
        }
    }
}
