package org.peacerecord.security;

import org.peacerecord.security.SignInRefusedException.Reason;
import org.peacerecord.security.SignInThrottle.Budget;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Password checks behind three limits, all taken before any password is compared: the client address's budget, the
 * username's budget (or, from a browser trusted for that username, the device's own), and a cap on password checks
 * running at once on this instance (bcrypt is deliberately slow: a flood of sign-ins must not take every CPU from the
 * readers). A failure, whatever its cause (wrong password, unknown username, disabled account), uses up the
 * reservations; a success gives them back.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final long WAIT_FOR_CHECK_SECONDS = 5;

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;
    private final SecurityAudit audit;
    private final Semaphore passwordChecks;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle, SecurityAudit audit,
                                    int concurrentPasswordChecks) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.audit = audit;
        this.passwordChecks = new Semaphore(concurrentPasswordChecks, true);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof SignInDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "-";
        String deviceKey = authentication.getDetails() instanceof SignInDetails details ? details.deviceKey() : null;
        Budget userBudget = deviceKey != null ? Budget.DEVICE : Budget.USERNAME;
        String userKey = deviceKey != null ? deviceKey : SignInThrottle.usernameKey(authentication.getName());

        if (!throttle.reserve(Budget.ADDRESS, address)) {
            throw new SignInRefusedException(Reason.ADDRESS_LOCKED);
        }
        if (!throttle.reserve(userBudget, userKey)) {
            throttle.succeeded(Budget.ADDRESS, address); // no password was checked
            throw new SignInRefusedException(Reason.LOCKED);
        }
        if (!acquirePasswordCheck()) {
            throttle.succeeded(Budget.ADDRESS, address);
            throttle.succeeded(userBudget, userKey);
            throw new SignInRefusedException(Reason.BUSY);
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(userBudget, userKey);
            throttle.succeeded(Budget.ADDRESS, address);
            return result;
        } catch (AuthenticationException e) {
            if (throttle.failed(userBudget, userKey)) {
                audit.lockout(authentication, userBudget == Budget.DEVICE ? "device" : "username");
            }
            if (throttle.failed(Budget.ADDRESS, address)) {
                audit.lockout(authentication, "address");
            }
            throw e;
        } finally {
            passwordChecks.release();
        }
    }

    private boolean acquirePasswordCheck() {
        try {
            return passwordChecks.tryAcquire(WAIT_FOR_CHECK_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
