package org.peacerecord.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.HttpSession;
import org.peacerecord.support.Instances;
import org.peacerecord.support.TestAccounts;
import org.peacerecord.user.Role;
import org.peacerecord.user.UserAccounts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database, as behind a load balancer: a session made on one is known to the other (Spring
 * Session JDBC); signing out, disabling an account and changing its role end its sessions on both; the sign-in
 * throttle counts failures made on either.
 */
class TwoInstancesTest {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static TestAccounts accounts;

    @BeforeAll
    static void startTwoInstances() {
        first = start();
        second = start();
        accounts = new TestAccounts(first.getBean(UserAccounts.class), first.getBean(JdbcTemplate.class), first.getBean(java.time.Clock.class));
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            accounts.deleteCreated();
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    private static ConfigurableApplicationContext start() {
        return Instances.start();
    }

    private static int port(ConfigurableApplicationContext app) {
        return Instances.port(app);
    }

    @Test
    void aSessionMadeOnOneInstanceContinuesOnTheOtherAndSigningOutEndsItOnBoth() {
        String editor = accounts.create(Role.EDITOR);
        HttpSession onFirst = new HttpSession(port(first));
        HttpSession onSecond = onFirst.at(port(second));

        assertThat(onFirst.signIn(editor, TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> there = onSecond.get("/admin");
        assertThat(there.statusCode()).isEqualTo(200);

        String token = HttpSession.csrfToken(there.body());
        assertThat(onSecond.post("/logout", Map.of("_csrf", token)).statusCode()).isEqualTo(302);
        assertThat(onFirst.get("/admin").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void disablingAnAccountOnOneInstanceEndsItsSessionsOnTheOther() {
        String editor = accounts.create(Role.EDITOR);
        HttpSession onSecond = new HttpSession(port(second));
        assertThat(onSecond.signIn(editor, TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(onSecond.get("/admin").statusCode()).isEqualTo(200);

        first.getBean(UserAccounts.class).setEnabled(accounts.idOf(editor), false, "test");

        assertThat(onSecond.get("/admin").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login"));
    }

    @Test
    void aRoleChangeOnOneInstanceEndsTheSessionsOnTheOther() {
        String editor = accounts.create(Role.EDITOR);
        HttpSession onSecond = new HttpSession(port(second));
        assertThat(onSecond.signIn(editor, TestAccounts.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(onSecond.get("/admin").statusCode()).isEqualTo(200);

        first.getBean(UserAccounts.class).changeRole(accounts.idOf(editor), Role.ADMIN, "test");

        assertThat(onSecond.get("/admin").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login"));
    }

    @Test
    void theSignInThrottleCountsFailuresOnEveryInstance() {
        String editor = accounts.create(Role.EDITOR);
        for (int i = 0; i < 10; i++) {
            HttpSession instance = new HttpSession(port(i % 2 == 0 ? first : second));
            assertThat(instance.signIn(editor, "wrong password " + i).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).contains("/login?"));
        }
        for (ConfigurableApplicationContext app : new ConfigurableApplicationContext[]{first, second}) {
            assertThat(new HttpSession(port(app)).signIn(editor, TestAccounts.PASSWORD).headers()
                    .firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }
    }
}
