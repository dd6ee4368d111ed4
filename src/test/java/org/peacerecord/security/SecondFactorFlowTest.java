package org.peacerecord.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.MockMvcSignIn;
import org.peacerecord.support.MutableClock;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestAccounts;
import org.peacerecord.user.Role;
import org.peacerecord.user.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The second factor: the password alone opens nothing but the next step; a code counts once; recovery codes work once;
 * wrong codes end the half-done sign-in; a new admin goes through new password, enrolment and recovery codes before the
 * editors' area; an admin reset sends the user back to enrolment.
 */
@PostgresTest
class SecondFactorFlowTest {

    private static final Pattern SECRET = Pattern.compile("<code class=\"enrol-secret\">([A-Z2-7 ]+)</code>");
    private static final Pattern RECOVERY = Pattern.compile("<code>([A-Z0-9]{5}-[A-Z0-9]{5})</code>");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        clock.reset();
        accounts.deleteCreated();
    }

    private MockHttpServletResponse password(String username, String password) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(password)).andReturn().getResponse();
    }

    private MockHttpServletResponse code(Cookie session, String code) throws Exception {
        return mvc.perform(post("/login/second-factor").cookie(session).with(csrf()).param("code", code))
                .andReturn().getResponse();
    }

    @Test
    void thePasswordAloneOpensOnlyTheSecondStepAndEachCodeCountsOnce() throws Exception {
        String admin = accounts.create(Role.ADMIN);
        MockHttpServletResponse first = password(admin, TestAccounts.PASSWORD);
        assertThat(first.getRedirectedUrl()).isEqualTo("/login/second-factor");
        Cookie halfway = first.getCookie("SESSION");
        assertThat(mvc.perform(get("/admin/users").cookie(halfway)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login/second-factor");
        assertThat(mvc.perform(get("/account/password").cookie(halfway)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login/second-factor");

        assertThat(code(halfway, "000000").getContentAsString()).contains("This code is not correct");
        String code = accounts.code(admin);
        MockHttpServletResponse done = code(halfway, code);
        assertThat(done.getRedirectedUrl()).isEqualTo("/admin");
        Cookie signedIn = done.getCookie("SESSION");
        assertThat(signedIn).as("a new session id once the second factor is given").isNotNull();
        assertThat(signedIn.getValue()).isNotEqualTo(halfway.getValue());
        assertThat(mvc.perform(get("/admin/users").cookie(signedIn)).andReturn().getResponse().getStatus()).isEqualTo(200);

        Cookie again = password(admin, TestAccounts.PASSWORD).getCookie("SESSION");
        assertThat(code(again, code).getContentAsString()).as("a used code is refused").contains("This code is not correct");
    }

    @Test
    void fiveWrongCodesEndTheHalfDoneSignIn() throws Exception {
        String admin = accounts.create(Role.ADMIN);
        Cookie halfway = password(admin, TestAccounts.PASSWORD).getCookie("SESSION");
        for (int i = 0; i < 4; i++) {
            assertThat(code(halfway, String.format("%06d", i)).getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse fifth = code(halfway, "999999");

        assertThat(fifth.getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(mvc.perform(get("/login/second-factor").cookie(halfway)).andReturn().getResponse().getRedirectedUrl())
                .contains("/login");
        Cookie next = password(admin, TestAccounts.PASSWORD).getCookie("SESSION");
        assertThat(code(next, accounts.code(admin)).getRedirectedUrl()).as("the code budget is used up for 15 minutes")
                .isEqualTo("/login?error");
    }

    @Test
    void aNewAdminChoosesAPasswordThenSetsUpTheAppThenKeepsRecoveryCodes() throws Exception {
        String admin = accounts.createWithTemporaryPassword(Role.ADMIN);
        MockHttpServletResponse first = password(admin, TestAccounts.PASSWORD);
        assertThat(first.getRedirectedUrl()).isEqualTo("/account/password");
        Cookie session = first.getCookie("SESSION");

        MockHttpServletResponse changed = mvc.perform(post("/account/password").cookie(session).with(csrf())
                .param("currentPassword", TestAccounts.PASSWORD)
                .param("newPassword", "mighty river under glass").param("confirmation", "mighty river under glass"))
                .andReturn().getResponse();
        assertThat(changed.getRedirectedUrl()).isEqualTo("/account/second-factor");
        assertThat(mvc.perform(get("/admin").cookie(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/account/second-factor");

        String enrolPage = mvc.perform(get("/account/second-factor").cookie(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(enrolPage).contains("otpauth://totp/Peace%20Operations%20Record:" + admin);
        Matcher secretShown = SECRET.matcher(enrolPage);
        assertThat(secretShown.find()).isTrue();
        String secret = secretShown.group(1).replace(" ", "");
        assertThat(mvc.perform(post("/account/second-factor").cookie(session).with(csrf()).param("code", "123456"))
                .andReturn().getResponse().getContentAsString()).contains("This code is not correct");

        MockHttpServletResponse enrolled = mvc.perform(post("/account/second-factor").cookie(session).with(csrf())
                .param("code", Totp.code(secret, Totp.step(clock.instant())))).andReturn().getResponse();
        Matcher codes = RECOVERY.matcher(enrolled.getContentAsString());
        int count = 0;
        String recoveryCode = null;
        while (codes.find()) {
            count++;
            recoveryCode = codes.group(1);
        }
        assertThat(count).isEqualTo(10);
        assertThat(enrolled.getContentAsString()).contains("href=\"/admin\"");
        Cookie signedIn = enrolled.getCookie("SESSION") != null ? enrolled.getCookie("SESSION") : session;
        assertThat(mvc.perform(get("/admin/users").cookie(signedIn)).andReturn().getResponse().getStatus()).isEqualTo(200);

        Cookie withRecovery = password(admin, "mighty river under glass").getCookie("SESSION");
        assertThat(code(withRecovery, recoveryCode.toLowerCase()).getRedirectedUrl()).isEqualTo("/admin");
        Cookie reused = password(admin, "mighty river under glass").getCookie("SESSION");
        assertThat(code(reused, recoveryCode).getContentAsString()).as("each recovery code works once")
                .contains("This code is not correct");
        clock.advance(Duration.ofSeconds(60));
        assertThat(code(reused, Totp.code(secret, Totp.step(clock.instant()))).getRedirectedUrl()).isEqualTo("/admin");
    }

    @Test
    void anAdminResetSendsTheUserBackToEnrolment() throws Exception {
        String other = accounts.create(Role.ADMIN);
        Cookie session = MockMvcSignIn.signIn(mvc, accounts, other, TestAccounts.PASSWORD).session();
        String admin = accounts.create(Role.ADMIN);

        MockHttpServletResponse reset = mvc.perform(post("/admin/users/" + accounts.idOf(other) + "/second-factor/reset")
                .with(user(admin).roles("ADMIN")).with(csrf())).andReturn().getResponse();

        assertThat(reset.getRedirectedUrl()).isEqualTo("/admin/users/" + accounts.idOf(other));
        assertThat(mvc.perform(get("/admin").cookie(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?expired");
        assertThat(password(other, TestAccounts.PASSWORD).getRedirectedUrl()).isEqualTo("/account/second-factor");
        assertThat(jdbc.queryForList("SELECT detail FROM security_event WHERE event = 'second_factor_reset' AND username = ?",
                String.class, other)).as("in the audit log, with who did it").containsExactly("by " + admin);
    }
}
