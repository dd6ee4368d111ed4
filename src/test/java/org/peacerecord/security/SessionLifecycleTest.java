package org.peacerecord.security;

import org.peacerecord.support.HttpSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestAccounts;
import org.peacerecord.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.session.SessionRegistry;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a real server: signed-in sessions are registered, signing out removes them from the registry
 * (HttpSessionEventPublisher is in place), and the session id changes at sign-in.
 */
@PostgresTest
class SessionLifecycleTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SessionRegistry sessions;

    @AfterEach
    void cleanUp() {
        accounts.deleteCreated();
    }

    private List<String> sessionIdsOf(String username) {
        return sessions.getAllSessions(username, false).stream().map(s -> s.getSessionId()).toList();
    }

    /** The session id the cookie carries (Spring Session writes it Base64-encoded). */
    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring("SESSION=".length(), c.indexOf(';')))
                .map(value -> new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8))
                .findFirst().orElse(null);
    }

    @Test
    void signInRegistersANewSessionAndSignOutRemovesIt() {
        String editor = accounts.create(Role.EDITOR);
        HttpSession browser = new HttpSession(port);
        String before = sessionCookie(browser.get("/login"));

        HttpResponse<String> signedIn = browser.signIn(editor, TestAccounts.PASSWORD);
        String after = sessionCookie(signedIn);
        assertThat(after).as("a new session id at sign-in").isNotNull().isNotEqualTo(before);
        assertThat(after).as("256 random bits, Base64url").matches("[A-Za-z0-9_-]{43}");
        assertThat(sessionIdsOf(editor)).containsExactly(after);

        String token = HttpSession.csrfToken(browser.get("/admin").body());
        HttpResponse<String> signedOut = browser.post("/logout", Map.of("_csrf", token));
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
        assertThat(sessionIdsOf(editor)).isEmpty();
        assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
    }
}
