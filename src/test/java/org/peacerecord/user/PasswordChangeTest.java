package org.peacerecord.user;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * /account/password: at least 12 characters, no composition rules, any language; over bcrypt's
 * 72 bytes is refused with a message (never cut, never a 500); the current password is required.
 */
@PostgresTest
class PasswordChangeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    String username;
    Cookie session;

    @BeforeEach
    void signIn() throws Exception {
        username = accounts.create(Role.EDITOR);
        session = signInSession(username, TestAccounts.PASSWORD);
    }

    @AfterEach
    void cleanUp() {
        accounts.deleteCreated();
    }

    private Cookie signInSession(String name, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(name).password(password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/admin");
        return result.getResponse().getCookie("SESSION");
    }

    private MockHttpServletResponse change(String current, String newPassword, String confirmation, Locale locale)
            throws Exception {
        return mvc.perform(post("/account/password").cookie(session).with(csrf()).locale(locale)
                        .param("currentPassword", current)
                        .param("newPassword", newPassword)
                        .param("confirmation", confirmation))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse change(String newPassword) throws Exception {
        return change(TestAccounts.PASSWORD, newPassword, newPassword, Locale.ENGLISH);
    }

    private boolean passwordIs(String password) {
        return passwordEncoder.matches(password, jdbc.queryForObject(
                "SELECT password_hash FROM app_user WHERE username = ?", String.class, username));
    }

    @Test
    void theFormIsForSignedInUsers() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/account/password").cookie(session)).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        org.jsoup.nodes.Document form = org.jsoup.Jsoup.parse(page.getContentAsString());
        assertThat(form.select("label[for=currentPassword]").text()).isEqualTo("Current password");
        assertThat(form.select("label[for=newPassword]").text()).isEqualTo("New password");
        assertThat(form.select("#newPassword").attr("autocomplete")).isEqualTo("new-password");
        assertThat(form.select("#currentPassword").attr("autocomplete")).isEqualTo("current-password");
    }

    @Test
    void elevenCharactersAreTooFew() throws Exception {
        MockHttpServletResponse response = change("abcdefghijk");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString())
                .contains("There is a problem")
                .contains("href=\"#newPassword\"")
                .contains("Use at least 12 characters for the password.")
                .contains("aria-invalid=\"true\"")
                .doesNotContain("abcdefghijk");
        assertThat(passwordIs(TestAccounts.PASSWORD)).isTrue();
    }

    @Test
    void twelveCharactersWithoutAnyCompositionRulesAreEnough() throws Exception {
        MockHttpServletResponse response = change("rvqzmtkwhpxd");

        assertThat(response.getRedirectedUrl()).isEqualTo("/account/password");
        assertThat(passwordIs("rvqzmtkwhpxd")).isTrue();
        assertThat(signInSession(username, "rvqzmtkwhpxd")).isNotNull();
    }

    @Test
    void theSuccessMessageFollowsTheRedirectInTheReadersLanguage() throws Exception {
        MvcResult result = mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", "a new pass phrase")
                        .param("confirmation", "a new pass phrase"))
                .andReturn();

        Cookie renewed = result.getResponse().getCookie("SESSION");
        String page = mvc.perform(get(result.getResponse().getRedirectedUrl()).cookie(renewed != null ? renewed : session)
                        .locale(Locale.JAPANESE))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("パスワードを変更しました。");
    }

    @Test
    void japanesePasswordsAreAcceptedAndNormalised() throws Exception {
        String japanese = "パスワードはとても長いです12";
        assertThat(change(japanese).getRedirectedUrl()).isEqualTo("/account/password");

        assertThat(signInSession(username, japanese)).isNotNull();
        assertThat(signInSession(username, "パスワードはとても長いです１２")).as("full-width digits, NFKC").isNotNull();
    }

    @Test
    void seventyTwoBytesAreTheLimit() throws Exception {
        String seventyTwo = "mighty river under glass, violet kettle across forty-seven lanterns zqxw";
        assertThat(change(seventyTwo).getRedirectedUrl()).isEqualTo("/account/password");
        assertThat(passwordIs(seventyTwo)).isTrue();
        assertThat(passwordIs(seventyTwo.substring(0, 71))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {73, 200, 5000})
    void longerPasswordsAreRefusedWithAClearMessage(int length) throws Exception {
        MockHttpServletResponse response = change("p".repeat(length));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("passwords can be at most 72 bytes");
        assertThat(passwordIs(TestAccounts.PASSWORD)).isTrue();
    }

    @Test
    void longJapanesePasswordsAreMeasuredInBytes() throws Exception {
        String twentyFiveKana = "あ".repeat(25); // 75 bytes in UTF-8
        MockHttpServletResponse response = change(TestAccounts.PASSWORD, twentyFiveKana, twentyFiveKana, Locale.JAPANESE);

        assertThat(response.getContentAsString()).contains("パスワードが長すぎます");
    }

    @Test
    void theCurrentPasswordMustBeRight() throws Exception {
        MockHttpServletResponse response = change("not my password", "a new pass phrase", "a new pass phrase",
                Locale.ENGLISH);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Your current password is not correct.")
                .contains("href=\"#currentPassword\"");
        assertThat(passwordIs(TestAccounts.PASSWORD)).isTrue();
    }

    @Test
    void anOverlongCurrentPasswordIsJustWrong() throws Exception {
        MockHttpServletResponse response = change("x".repeat(500), "a new pass phrase", "a new pass phrase",
                Locale.ENGLISH);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Your current password is not correct.");
    }

    @Test
    void theConfirmationMustMatch() throws Exception {
        MockHttpServletResponse response = change(TestAccounts.PASSWORD, "a new pass phrase", "a new pass phrasE",
                Locale.ENGLISH);

        assertThat(response.getContentAsString()).contains("The two passwords do not match.")
                .contains("href=\"#confirmation\"");
        assertThat(passwordIs(TestAccounts.PASSWORD)).isTrue();
    }

    @Test
    void validationMessagesAreInJapaneseToo() throws Exception {
        MockHttpServletResponse response = change(TestAccounts.PASSWORD, "short", "short", Locale.JAPANESE);

        assertThat(response.getContentAsString()).contains("入力内容に問題があります")
                .contains("パスワードは12文字以上にしてください。");
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        Cookie other = signInSession(username, TestAccounts.PASSWORD);

        assertThat(change("a new pass phrase").getRedirectedUrl()).isEqualTo("/account/password");

        assertThat(mvc.perform(get("/admin").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/admin").cookie(other)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?expired");
    }

    @Test
    void signingInWithAnOverlongPasswordIsAFailureNotAnError() throws Exception {
        assertThat(mvc.perform(formLogin("/login").user(username).password("x".repeat(1000)))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login?error");
    }

    @Test
    void wrongCurrentPasswordsCountAndPauseChangesAfterTen() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(change("wrong current " + i, "a new pass phrase", "a new pass phrase", Locale.ENGLISH)
                    .getContentAsString()).contains("Your current password is not correct.");
        }

        MockHttpServletResponse refused = change("a new pass phrase");

        assertThat(refused.getContentAsString()).contains("Too many wrong current passwords")
                .doesNotContain("Your current password is not correct.");
        assertThat(passwordIs(TestAccounts.PASSWORD)).as("even the right current password is not checked").isTrue();
    }

    @Test
    void aGuessablePasswordIsRefusedWithTheReasonInBothLanguages() throws Exception {
        assertThat(change(TestAccounts.PASSWORD, "password1234", "password1234", Locale.ENGLISH).getContentAsString())
                .contains("This password is too easy to guess: it is, or is built from, one of the most common passwords.");
        assertThat(change(TestAccounts.PASSWORD, username + "-2024!", username + "-2024!", Locale.ENGLISH)
                .getContentAsString()).contains("it is built from your username or from words of this site");
        assertThat(change(TestAccounts.PASSWORD, "qwertyuiopasdf", "qwertyuiopasdf", Locale.JAPANESE).getContentAsString())
                .contains("このパスワードは推測されやすいものです");
        assertThat(passwordIs(TestAccounts.PASSWORD)).isTrue();
    }
}
