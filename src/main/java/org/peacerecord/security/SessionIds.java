package org.peacerecord.security;

import org.springframework.session.SessionIdGenerator;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Session ids of 256 bits from a CSPRNG, Base64url (43 characters): more than the 128 bits ASVS V7.2.3 asks for,
 * where Spring Session's default UUID carries 122. Spring Session's JDBC configuration picks this bean up.
 */
@Component
class SessionIds implements SessionIdGenerator {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String generate() {
        byte[] id = new byte[32];
        random.nextBytes(id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id);
    }
}
