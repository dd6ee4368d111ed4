package org.peacerecord.security;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.MockMvcSignIn;
import org.peacerecord.support.MutableClock;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestAccounts;
import org.peacerecord.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sessions: "your sessions" lists every browser of one's account and signs out one or all others; a session ends 12
 * hours after its sign-in however busy; the audit log keeps events with the client address for 90 days, then without.
 */
@PostgresTest
class AccountSessionsTest {

    private static final Pattern END = Pattern.compile("action=\"/account/sessions/([0-9a-f]+)/end\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    SecurityAudit audit;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        clock.reset();
        accounts.deleteCreated();
    }

    private Cookie signIn(String editor) throws Exception {
        return MockMvcSignIn.signIn(mvc, accounts, editor, TestAccounts.PASSWORD).session();
    }

    private MockHttpServletResponse page(String path, Cookie session) throws Exception {
        return mvc.perform(get(path).cookie(session).header("User-Agent", "TestBrowser/1.0")).andReturn().getResponse();
    }

    @Test
    void yourSessionsListsEveryBrowserAndSignsOutOneOrAllOthers() throws Exception {
        String editor = accounts.create(Role.EDITOR);
        Cookie here = signIn(editor);
        Cookie laptop = signIn(editor);
        Cookie phone = signIn(editor);

        String list = page("/account/sessions", here).getContentAsString();
        assertThat(list).contains("Your sessions").contains("This browser").contains("127.0.0.1")
                .doesNotContain(here.getValue()).doesNotContain(laptop.getValue());
        Matcher others = END.matcher(list);
        assertThat(others.find()).isTrue();
        String reference = others.group(1);
        assertThat(others.find()).as("two other sessions, each with its own button").isTrue();

        assertThat(mvc.perform(post("/account/sessions/" + reference + "/end").cookie(here).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/account/sessions");
        long stillIn = java.util.stream.Stream.of(laptop, phone)
                .filter(cookie -> {
                    try {
                        return page("/admin", cookie).getStatus() == 200;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).count();
        assertThat(stillIn).as("one of the two was signed out").isEqualTo(1);

        mvc.perform(post("/account/sessions/end-others").cookie(here).with(csrf()));
        assertThat(page("/admin", laptop).getStatus()).isEqualTo(302);
        assertThat(page("/admin", phone).getStatus()).isEqualTo(302);
        assertThat(page("/admin", here).getStatus()).as("this one stays").isEqualTo(200);
    }

    @Test
    void anotherAccountsSessionCannotBeEndedByItsReference() throws Exception {
        String editor = accounts.create(Role.EDITOR);
        String other = accounts.create(Role.EDITOR);
        Cookie mine = signIn(editor);
        Cookie theirs = signIn(other);
        Cookie theirOther = signIn(other);
        Matcher found = END.matcher(page("/account/sessions", theirs).getContentAsString());
        assertThat(found.find()).isTrue();

        mvc.perform(post("/account/sessions/" + found.group(1) + "/end").cookie(mine).with(csrf()));

        assertThat(page("/admin", theirOther).getStatus()).isEqualTo(200);
    }

    @Test
    void aSessionEndsTwelveHoursAfterItsSignInHoweverBusy() throws Exception {
        String editor = accounts.create(Role.EDITOR);
        Cookie session = signIn(editor);
        // The session store keeps the session alive by real time (each request resets its idle timeout); the clock
        // the lifetime is measured by is moved on, as if the editor had been busy all day.
        clock.advance(Duration.ofHours(11));
        assertThat(page("/admin", session).getStatus()).as("11 hours in").isEqualTo(200);

        clock.advance(Duration.ofMinutes(61));

        assertThat(page("/admin", session).getRedirectedUrl()).isEqualTo("/login?expired");
    }

    @Test
    void theAuditLogKeepsAddressesForNinetyDaysThenOnlyTheEvents() throws Exception {
        String unknown = TestAccounts.uniqueName("ghost");
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                .user(unknown).password("wrong guess number one"));
        String admin = accounts.create(Role.ADMIN);
        Cookie session = signIn(admin);
        String events = page("/admin/security-events?username=" + unknown, session).getContentAsString();
        assertThat(events).contains("sign_in_failure").contains("127.0.0.1").contains("bad_credentials");

        clock.advance(Duration.ofDays(91));
        audit.forgetOldAddresses();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM security_event WHERE username = ? AND address IS NULL",
                Integer.class, unknown)).isEqualTo(1);
        clock.reset();
        assertThat(page("/admin/security-events?username=" + unknown, signIn(admin)).getContentAsString())
                .contains("sign_in_failure").doesNotContain("127.0.0.1").contains("(removed)");
    }
}
