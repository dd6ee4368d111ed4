package org.peacerecord.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.MutableClock;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestAccounts;
import org.peacerecord.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Ten failed sign-ins for one username within 15 minutes lock it for 15 minutes, right password or
 * not; unknown usernames lock the same way, with the same message.
 */
@PostgresTest
class SignInLockoutTest {

    private static final String WRONG = "not the password at all";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    SignInThrottle throttle;

    @AfterEach
    void cleanUp() {
        clock.reset();
        accounts.deleteCreated();
    }

    private String signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password)).andReturn().getResponse()
                .getRedirectedUrl();
    }

    private void fail(String username, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            assertThat(signIn(username, WRONG)).isEqualTo("/login?error");
        }
    }

    @Test
    void nineFailuresDoNotLockTheUsername() throws Exception {
        String username = accounts.create(Role.EDITOR);
        fail(username, 9);

        assertThat(signIn(username, TestAccounts.PASSWORD)).endsWith("/admin");
    }

    @Test
    void tenFailuresWithinFifteenMinutesLockTheUsernameEvenForTheRightPassword() throws Exception {
        String username = accounts.create(Role.EDITOR);
        fail(username, 5);
        clock.advance(Duration.ofMinutes(14));
        fail(username, 5);

        assertThat(signIn(username, TestAccounts.PASSWORD)).isEqualTo("/login?error");
        assertThat(signIn(username.toUpperCase(), TestAccounts.PASSWORD)).as("same username, other case")
                .isEqualTo("/login?error");
        assertThat(signIn(username, WRONG)).isEqualTo("/login?error");

        clock.advance(Duration.ofMinutes(14));
        assertThat(signIn(username, TestAccounts.PASSWORD)).as("still locked after 14 minutes").isEqualTo("/login?error");

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(signIn(username, TestAccounts.PASSWORD)).as("unlocked after 15 minutes").endsWith("/admin");
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() throws Exception {
        String username = accounts.create(Role.EDITOR);
        fail(username, 5);
        clock.advance(Duration.ofMinutes(16));
        fail(username, 5);

        assertThat(signIn(username, TestAccounts.PASSWORD)).endsWith("/admin");
    }

    @Test
    void aSuccessfulSignInStartsTheCountAfresh() throws Exception {
        String username = accounts.create(Role.EDITOR);
        fail(username, 9);
        assertThat(signIn(username, TestAccounts.PASSWORD)).endsWith("/admin");
        fail(username, 9);

        assertThat(signIn(username, TestAccounts.PASSWORD)).endsWith("/admin");
    }

    @Test
    void theLockDoesNotTouchOtherUsernames() throws Exception {
        String locked = accounts.create(Role.EDITOR);
        String other = accounts.create(Role.EDITOR);
        fail(locked, 10);

        assertThat(signIn(other, TestAccounts.PASSWORD)).endsWith("/admin");
    }

    @Test
    void unknownUsernamesLockTheSameWayWithTheSameMessage() throws Exception {
        String known = accounts.create(Role.EDITOR);
        String unknown = TestAccounts.uniqueName("nobody");
        fail(known, 10);
        fail(unknown, 9);
        assertThat(signIn(unknown, WRONG)).as("tenth failure").isEqualTo("/login?error");

        assertThat(signIn(unknown, WRONG)).isEqualTo(signIn(known, WRONG)).isEqualTo("/login?error");

        assertThat(throttle.isLocked(SignInThrottle.Budget.USERNAME, unknown)).isTrue();
        assertThat(throttle.isLocked(SignInThrottle.Budget.USERNAME, known)).isTrue();

        String page = mvc.perform(get("/login?error")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Either the username or password is not correct, or this account cannot sign in at the moment")
                .contains("pauses for 15 minutes");
        mvc.perform(get("/login?error").param("lang", "ja"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("15分間停止されます")));
    }
}
