package org.peacerecord.user;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * The one password rule, after NIST SP 800-63B: long enough, no composition rules, any Unicode.
 * Passwords are NFKC-normalised before they are measured, hashed or compared, so a password typed
 * with full-width digits or decomposed kana is the same password. bcrypt reads at most 72 bytes:
 * longer passwords are refused with a message rather than silently cut.
 */
final class PasswordPolicy {

    static final int MIN_CHARACTERS = 12;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    static String normalize(CharSequence raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC);
    }

    static boolean fitsBcrypt(CharSequence raw) {
        return normalize(raw).getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /** The message key of what is wrong with the password, if anything. */
    static Optional<String> violation(String raw) {
        if (raw == null || raw.isEmpty()) {
            return Optional.of("password.required");
        }
        String normalized = normalize(raw);
        if (normalized.codePointCount(0, normalized.length()) < MIN_CHARACTERS) {
            return Optional.of("password.tooShort");
        }
        if (!fitsBcrypt(normalized)) {
            return Optional.of("password.tooLong");
        }
        return Optional.empty();
    }
}
