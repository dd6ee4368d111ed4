package org.peacerecord.security;

import jakarta.servlet.http.Cookie;
import org.peacerecord.support.HttpSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peacerecord.support.MutableClock;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestAccounts;
import org.peacerecord.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Security events go to the security.audit logger with time, username and address, and never a password or session id. */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityAuditLogTest {

    private static final String WRONG = "Wrong-Pa55word-Do-Not-Log";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @AfterEach
    void cleanUp() {
        clock.reset();
        accounts.deleteCreated();
    }

    private static List<String> audit(CapturedOutput output, String event) {
        return output.getOut().lines()
                .filter(line -> line.contains(SecurityAudit.LOGGER) && line.contains(": event=" + event + " "))
                .toList();
    }

    @Test
    void signInSuccessFailureAccessDeniedAndSignOutAreLogged(CapturedOutput output) throws Exception {
        String editor = accounts.create(Role.EDITOR);

        mvc.perform(post("/login").param("username", editor).param("password", WRONG).with(csrf()).with(request -> {
            request.setRemoteAddr("203.0.113.7");
            return request;
        }));
        MvcResult signedIn = mvc.perform(formLogin("/login").user(editor).password(TestAccounts.PASSWORD)).andReturn();
        Cookie session = signedIn.getResponse().getCookie("SESSION");
        mvc.perform(get("/admin/users").cookie(session));
        mvc.perform(post("/logout").cookie(session).with(csrf()));

        assertThat(audit(output, "sign_in_failure")).singleElement().satisfies(line -> assertThat(line)
                .contains("username=\"" + editor + "\"").contains("address=203.0.113.7")
                .contains("reason=bad_credentials").containsPattern("time=\\d{4}-\\d\\d-\\d\\dT"));
        assertThat(audit(output, "sign_in_success")).singleElement().satisfies(line -> assertThat(line)
                .contains("username=\"" + editor + "\"").contains("address=127.0.0.1"));
        assertThat(audit(output, "access_denied")).singleElement().satisfies(line -> assertThat(line)
                .contains("username=\"" + editor + "\"").contains("path=\"/admin/users\"").contains("reason=forbidden"));
        assertThat(audit(output, "sign_out")).singleElement().satisfies(line -> assertThat(line)
                .contains("username=\"" + editor + "\""));

        assertThat(output.getAll()).doesNotContain(WRONG).doesNotContain(TestAccounts.PASSWORD);
        assertThat(output.getAll().lines().filter(line -> line.contains(SecurityAudit.LOGGER)))
                .isNotEmpty()
                .noneSatisfy(line -> assertThat(line).containsIgnoringCase("session"));
    }

    @Test
    void lockoutsAndUnknownUsernamesAreLoggedWithoutPasswords(CapturedOutput output) throws Exception {
        String unknown = TestAccounts.uniqueName("ghost");
        for (int i = 0; i < 11; i++) {
            mvc.perform(formLogin("/login").user(unknown).password(WRONG));
        }

        assertThat(audit(output, "sign_in_failure")).hasSize(11)
                .allSatisfy(line -> assertThat(line).contains("username=\"" + unknown + "\""));
        assertThat(audit(output, "sign_in_failure")).last().satisfies(line -> assertThat(line).contains("reason=locked"));
        assertThat(audit(output, "lockout")).singleElement().satisfies(line -> assertThat(line)
                .contains("username=\"" + unknown + "\"").contains("scope=username"));
        assertThat(output.getAll()).doesNotContain(WRONG);
    }

    @Test
    void aMissingCsrfTokenIsLoggedAsAccessDenied(CapturedOutput output) throws Exception {
        mvc.perform(post("/admin/users"));

        assertThat(audit(output, "access_denied")).singleElement().satisfies(line -> assertThat(line)
                .contains("username=\"-\"").contains("method=POST").contains("reason=csrf"));
    }

    @Test
    void craftedUsernamesCannotForgeLogLines(CapturedOutput output) throws Exception {
        mvc.perform(formLogin("/login").user("x\nevent=sign_in_success username=\"admin\"").password(WRONG));

        assertThat(audit(output, "sign_in_success")).isEmpty();
        assertThat(audit(output, "sign_in_failure")).singleElement()
                .satisfies(line -> assertThat(line).contains("username=\"x?event=sign_in_success username=?admin?\""));
    }

    @Test
    void cleanCutsAndNeutralisesTypedValues() {
        assertThat(SecurityAudit.clean("a\r\nb\u2028c\"d\\e")).isEqualTo("a??b?c?d?e");
        assertThat(SecurityAudit.clean("u".repeat(300))).hasSize(101);
        assertThat(SecurityAudit.clean(null)).isEmpty();
    }
}
