package org.peacerecord.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/** The password was right: the sign-in gets the account's first step (SignInStages), not yet its role. */
class StagedAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInStages stages;

    StagedAuthenticationProvider(AuthenticationProvider passwords, SignInStages stages) {
        this.passwords = passwords;
        this.stages = stages;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        Authentication checked = passwords.authenticate(authentication);
        return checked == null ? null : stages.staged(checked, false);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
