package org.peacerecord.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks the username's lock before any password is compared, then records the outcome. A locked
 * username gets a {@link LockedException} even with the right password, and whether or not it exists.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;
    private final SecurityAudit audit;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle, SecurityAudit audit) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (throttle.isLocked(username)) {
            throw new LockedException("Too many failed sign-ins for this username");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.recordSuccess(username);
            return result;
        } catch (LockedException e) {
            throw e;
        } catch (AuthenticationException e) {
            if (throttle.recordFailure(username)) {
                audit.lockout(authentication);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
