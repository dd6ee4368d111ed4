package org.peacerecord.user;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's delegating encoder (bcrypt, "{bcrypt}" prefix) applied to the NFKC-normalised
 * password. A password bcrypt cannot read whole (over 72 bytes) never matches, and cannot be encoded.
 */
final class NormalizingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @Override
    public String encode(CharSequence rawPassword) {
        if (rawPassword == null || !PasswordPolicy.fitsBcrypt(rawPassword)) {
            throw new IllegalArgumentException("password must be at most " + PasswordPolicy.MAX_BYTES + " bytes");
        }
        return delegate.encode(PasswordPolicy.normalize(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || !PasswordPolicy.fitsBcrypt(rawPassword)) {
            return false;
        }
        return delegate.matches(PasswordPolicy.normalize(rawPassword), encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
