package org.peacerecord.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peacerecord.shared.Digests;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser that completed a
 * sign-in for a username gets a random token, kept only as its SHA-256 hash. Its later password attempts for that
 * username count against the device's own budget, not the username's, so strangers who use up the username's budget
 * lock out only other strangers, never the editor at their usual browser. The cookie is sent only to /login.
 */
@Component
class TrustedDevices {

    static final Duration LIFETIME = Duration.ofDays(90);
    private static final int TOKEN_BYTES = 32;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CookieNames cookieNames;
    private final SecureRandom random = new SecureRandom();

    TrustedDevices(JdbcClient jdbc, Clock clock, CookieNames cookieNames) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cookieNames = cookieNames;
    }

    /** The budget key of the browser's device cookie when it is trusted for this username, else null. */
    @Transactional(readOnly = true)
    public String deviceKey(HttpServletRequest request, String username) {
        String token = token(request);
        if (token == null || username == null) {
            return null;
        }
        String hash = hash(token);
        Integer found = jdbc.sql("SELECT COUNT(*) FROM trusted_device WHERE token_hash = :h AND username = :u"
                        + " AND expires_at > :now")
                .param("h", hash).param("u", SignInThrottle.usernameKey(username))
                .param("now", at(clock.instant()))
                .query(Integer.class).single();
        return found > 0 ? hash : null;
    }

    /** After a complete sign-in: trusts this browser for the username (a new token each time). */
    @Transactional
    public void trust(HttpServletRequest request, HttpServletResponse response, String username) {
        String old = token(request);
        if (old != null) {
            jdbc.sql("DELETE FROM trusted_device WHERE token_hash = :h").param("h", hash(old)).update();
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO trusted_device (token_hash, username, created_at, expires_at) VALUES (:h, :u, :now, :exp)")
                .param("h", hash(token)).param("u", SignInThrottle.usernameKey(username))
                .param("now", at(now)).param("exp", at(now.plus(LIFETIME)))
                .update();
        response.addHeader("Set-Cookie", ResponseCookie.from(cookieNames.device(), token)
                .path("/login").httpOnly(true).secure(request.isSecure() || cookieNames.httpsOnly())
                .sameSite("Strict").maxAge(LIFETIME).build().toString());
    }

    /** Forgets every device of a username (a password reset by an admin, a reset second factor). */
    @Transactional
    public void forget(String username) {
        jdbc.sql("DELETE FROM trusted_device WHERE username = :u").param("u", SignInThrottle.usernameKey(username)).update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void purgeExpired() {
        jdbc.sql("DELETE FROM trusted_device WHERE expires_at < :now").param("now", at(clock.instant())).update();
    }

    private String token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (cookieNames.device().equals(cookie.getName()) && cookie.getValue() != null
                    && cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
                return cookie.getValue();
            }
        }
        return null;
    }

    static String hash(String token) {
        return Digests.sha256Hex(token);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
