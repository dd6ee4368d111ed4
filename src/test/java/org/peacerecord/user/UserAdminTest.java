package org.peacerecord.user;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Admins manage accounts at /admin/users; whatever takes access away ends the account's sessions. */
@PostgresTest
class UserAdminTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccounts userAccounts;

    String admin;

    @BeforeEach
    void anAdmin() {
        admin = accounts.create(Role.ADMIN);
    }

    @AfterEach
    void cleanUp() {
        accounts.deleteCreated();
    }

    private RequestPostProcessor asAdmin() {
        return SecurityMockMvcRequestPostProcessors.user(admin).roles("ADMIN");
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private String signIn(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password)).andReturn().getResponse()
                .getRedirectedUrl();
    }

    private Cookie session(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password(TestAccounts.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/admin");
        return result.getResponse().getCookie("SESSION");
    }

    /** POSTs as the admin, follows the redirect with its flash message, returns the page. */
    private String postAndFollow(String url, Locale locale, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(asAdmin()).with(csrf()).locale(locale);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(302);
        return perform(get(result.getResponse().getRedirectedUrl()).with(asAdmin()).locale(locale)
                .cookie(result.getResponse().getCookie("SESSION"))).getContentAsString();
    }

    private String role(String username) {
        return jdbc.queryForObject("SELECT role FROM app_user WHERE username = ?", String.class, username);
    }

    @Test
    void theListShowsEveryAccountWithItsRoleAndStatus() throws Exception {
        String editor = accounts.create(Role.EDITOR);
        userAccounts.setEnabled(accounts.idOf(editor), false, admin);

        String page = perform(get("/admin/users").with(asAdmin())).getContentAsString();

        assertThat(page).contains(admin).contains(editor).contains("Administrator").contains("Editor")
                .contains("Disabled").contains("href=\"/admin/users/new\"");
    }

    @Test
    void anAdminCreatesAnEditorWhoMustChooseTheirOwnPasswordBeforeAnythingElse() throws Exception {
        String username = TestAccounts.uniqueName("new");
        accounts.track(username);

        String page = postAndFollow("/admin/users", Locale.ENGLISH, "username", username.toUpperCase(), "role", "EDITOR",
                "password", "an initial pass phrase", "confirmation", "an initial pass phrase");

        assertThat(page).contains("User " + username + " was created.");
        assertThat(role(username)).isEqualTo("EDITOR");
        MvcResult signedIn = mvc.perform(formLogin("/login").user(username).password("an initial pass phrase")).andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).as("the temporary password must go first")
                .isEqualTo("/account/password");
        Cookie session = signedIn.getResponse().getCookie("SESSION");
        assertThat(perform(get("/admin").cookie(session)).getRedirectedUrl()).isEqualTo("/account/password");
        assertThat(perform(get("/admin/missions/new").cookie(session)).getRedirectedUrl()).isEqualTo("/account/password");

        MockHttpServletResponse changed = perform(post("/account/password").cookie(session).with(csrf())
                .param("currentPassword", "an initial pass phrase")
                .param("newPassword", "mighty river under glass").param("confirmation", "mighty river under glass"));

        assertThat(changed.getRedirectedUrl()).isEqualTo("/admin");
        assertThat(perform(get("/admin").cookie(session)).getStatus()).isEqualTo(200);
        assertThat(signIn(username, "mighty river under glass")).endsWith("/admin");
    }

    @Test
    void theFlashMessageIsInTheAdminsLanguage() throws Exception {
        String username = accounts.track(TestAccounts.uniqueName("ja"));

        String page = postAndFollow("/admin/users", Locale.JAPANESE, "username", username, "role", "EDITOR",
                "password", "an initial pass phrase", "confirmation", "an initial pass phrase");

        assertThat(page).contains("ユーザー " + username + " を作成しました。");
    }

    @Test
    void anInvalidNewUserIsShownAgainWithEveryProblemAndTheInputKept() throws Exception {
        MockHttpServletResponse response = perform(post("/admin/users").with(asAdmin()).with(csrf())
                .param("username", "Bad Name!")
                .param("role", "EDITOR")
                .param("password", "short")
                .param("confirmation", "other"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("There is a problem")
                .contains("href=\"#username\"").contains("href=\"#password\"")
                .contains("Use only lower-case letters, digits, dots, hyphens or underscores")
                .contains("Use at least 12 characters for the password.")
                .contains("value=\"bad name!\"")
                .contains("<option value=\"EDITOR\" selected=\"selected\">Editor</option>")
                .doesNotContain("value=\"short\"");
    }

    @Test
    void anUnknownRoleIsAFieldErrorNotAnError() throws Exception {
        MockHttpServletResponse response = perform(post("/admin/users").with(asAdmin()).with(csrf())
                .param("username", "valid-name").param("role", "SUPERUSER")
                .param("password", "an initial pass phrase").param("confirmation", "an initial pass phrase"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Choose a role from the list.");
    }

    @Test
    void usernamesAreUniqueWhateverTheCase() throws Exception {
        String existing = accounts.create(Role.EDITOR);

        MockHttpServletResponse response = perform(post("/admin/users").with(asAdmin()).with(csrf())
                .param("username", existing.toUpperCase()).param("role", "ADMIN")
                .param("password", "an initial pass phrase").param("confirmation", "an initial pass phrase"));

        assertThat(response.getContentAsString()).contains("This username is already taken.");
        assertThat(role(existing)).isEqualTo("EDITOR");
    }

    @Test
    void aDisabledUsersSessionEndsAndTheyCannotSignInAgain() throws Exception {
        String editor = accounts.create(Role.EDITOR);
        Cookie session = session(editor);
        assertThat(perform(get("/admin").cookie(session)).getStatus()).isEqualTo(200);

        String page = postAndFollow("/admin/users/" + accounts.idOf(editor) + "/disable", Locale.ENGLISH);

        assertThat(page).contains(editor + " was disabled and signed out.");
        assertThat(perform(get("/admin").cookie(session)).getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(signIn(editor, TestAccounts.PASSWORD)).as("the same answer as a wrong password: no oracle")
                .isEqualTo("/login?error");
        assertThat(signIn(editor, "a wrong password")).isEqualTo("/login?error");

        postAndFollow("/admin/users/" + accounts.idOf(editor) + "/enable", Locale.ENGLISH);
        assertThat(signIn(editor, TestAccounts.PASSWORD)).endsWith("/admin");
    }

    @Test
    void aNewRoleTakesEffectAtTheNextSignIn() throws Exception {
        String editor = accounts.create(Role.EDITOR);
        Cookie before = session(editor);
        assertThat(perform(get("/admin/users").cookie(before)).getStatus()).isEqualTo(403);

        String page = postAndFollow("/admin/users/" + accounts.idOf(editor) + "/role", Locale.ENGLISH, "role", "ADMIN");

        assertThat(page).contains("The role of " + editor + " was changed.");
        assertThat(role(editor)).isEqualTo("ADMIN");
        assertThat(perform(get("/admin").cookie(before)).getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(signIn(editor, TestAccounts.PASSWORD)).as("an admin needs a second factor: set it up first")
                .isEqualTo("/account/second-factor");
    }

    @Test
    void aPasswordResetEndsTheSessionsAndSetsTheNewPassword() throws Exception {
        String editor = accounts.create(Role.EDITOR);
        Cookie session = session(editor);

        String page = postAndFollow("/admin/users/" + accounts.idOf(editor) + "/password", Locale.ENGLISH,
                "newPassword", "a reset pass phrase", "confirmation", "a reset pass phrase");

        assertThat(page).contains("A new password was set for " + editor);
        assertThat(perform(get("/admin").cookie(session)).getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(signIn(editor, TestAccounts.PASSWORD)).isEqualTo("/login?error");
        assertThat(signIn(editor, "a reset pass phrase")).as("a password an admin set is temporary")
                .isEqualTo("/account/password");
    }

    @Test
    void anInvalidResetIsShownOnTheUsersPage() throws Exception {
        String editor = accounts.create(Role.EDITOR);

        MockHttpServletResponse response = perform(post("/admin/users/" + accounts.idOf(editor) + "/password")
                .with(asAdmin()).with(csrf()).param("newPassword", "x".repeat(100)).param("confirmation", "x".repeat(100)));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("User " + editor).contains("at most 72 bytes")
                .contains("href=\"#newPassword\"");
    }

    @Test
    void adminsCannotDisableDemoteOrResetThemselvesHere() throws Exception {
        long self = accounts.idOf(admin);

        assertThat(postAndFollow("/admin/users/" + self + "/disable", Locale.ENGLISH))
                .contains("You cannot change your own role, access or password here.");
        assertThat(postAndFollow("/admin/users/" + self + "/role", Locale.ENGLISH, "role", "EDITOR"))
                .contains("You cannot change your own role, access or password here.");
        postAndFollow("/admin/users/" + self + "/password", Locale.ENGLISH,
                "newPassword", "a reset pass phrase", "confirmation", "a reset pass phrase");

        assertThat(role(admin)).isEqualTo("ADMIN");
        assertThat(signIn(admin, TestAccounts.PASSWORD)).isEqualTo("/login/second-factor");
        assertThat(perform(get("/admin/users/" + self).with(asAdmin())).getContentAsString())
                .contains("This is your own account.").doesNotContain("/disable");
    }

    @Test
    void theLastActiveAdminCannotBeDisabledOrDemoted() {
        // Two admins remove each other at the same moment: the second change finds the last admin.
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE role = 'ADMIN' AND username <> ?", admin);
        String other = accounts.create(Role.ADMIN);

        assertThat(userAccounts.setEnabled(accounts.idOf(other), false, admin)).isEqualTo(UserAccounts.Outcome.DONE);
        assertThat(userAccounts.setEnabled(accounts.idOf(admin), false, other))
                .isEqualTo(UserAccounts.Outcome.LAST_ADMIN);
        assertThat(userAccounts.changeRole(accounts.idOf(admin), Role.EDITOR, other))
                .isEqualTo(UserAccounts.Outcome.LAST_ADMIN);
        assertThat(role(admin)).isEqualTo("ADMIN");
        assertThat(jdbc.queryForObject("SELECT enabled FROM app_user WHERE username = ?", Boolean.class, admin)).isTrue();
    }

    @Test
    void unknownUsersAreNotFound() throws Exception {
        assertThat(perform(get("/admin/users/999999999").with(asAdmin())).getStatus()).isEqualTo(404);
        assertThat(perform(post("/admin/users/999999999/disable").with(asAdmin()).with(csrf())).getStatus()).isEqualTo(404);
        assertThat(perform(get("/admin/users/not-a-number").with(asAdmin())).getStatus()).isEqualTo(400);
    }

    @Test
    void anAdminLiftsThePauseThatStrangersGuessesPutOnAUsername() throws Exception {
        String editor = accounts.create(Role.EDITOR);
        for (int i = 0; i < 10; i++) {
            assertThat(signIn(editor, "a wrong guess " + i)).isEqualTo("/login?error");
        }
        assertThat(signIn(editor, TestAccounts.PASSWORD)).as("paused").isEqualTo("/login?error");
        String manage = perform(get("/admin/users/" + accounts.idOf(editor)).with(asAdmin())).getContentAsString();
        assertThat(manage).contains("Paused after repeated failed sign-ins").contains("Lift the pause");

        String page = postAndFollow("/admin/users/" + accounts.idOf(editor) + "/unpause", Locale.ENGLISH);

        assertThat(page).contains("Sign-in for " + editor + " is no longer paused.").doesNotContain("Lift the pause");
        assertThat(signIn(editor, TestAccounts.PASSWORD)).endsWith("/admin");
    }
}
