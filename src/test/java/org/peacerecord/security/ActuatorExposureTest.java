package org.peacerecord.security;

import org.peacerecord.support.HttpSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestAccounts;
import org.peacerecord.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Actuator: the health status and the two probes to anyone (status only), details and Prometheus metrics to
 * admins only (signed in, or HTTP Basic for a scraper); nothing else under /actuator exists.
 */
@PostgresTest
class ActuatorExposureTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @AfterEach
    void removeAccounts() {
        accounts.deleteCreated();
    }

    @Test
    void healthShowsTheStatusOnly() {
        HttpResponse<String> health = new HttpSession(port).get("/actuator/health", "Accept", "application/json");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body().replaceAll("\\s", ""))
                .isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
        SecurityHeadersTest.assertSecurityHeaders(health, 200);
    }

    @Test
    void theLivenessAndReadinessProbesAnswerWithTheStatusOnly() {
        for (String probe : List.of("/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> response = new HttpSession(port).get(probe, "Accept", "application/json");
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body().replaceAll("\\s", "")).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void adminsSeeTheReadinessDetailsWithTheDatabase() {
        String admin = accounts.create(Role.ADMIN);
        HttpResponse<String> readiness = new HttpSession(port).get("/actuator/health/readiness",
                "Accept", "application/json", "Authorization", basic(admin, TestAccounts.PASSWORD));

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"", "\"readinessState\"");
    }

    @Test
    void prometheusMetricsAreForAdminsOnly() {
        String admin = accounts.create(Role.ADMIN);
        String editor = accounts.create(Role.EDITOR);

        assertThat(new HttpSession(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(new HttpSession(port).get("/actuator/prometheus",
                "Authorization", basic(editor, TestAccounts.PASSWORD)).statusCode()).isEqualTo(403);
        assertThat(new HttpSession(port).get("/actuator/prometheus",
                "Authorization", basic(admin, "not the password")).statusCode()).isEqualTo(401);

        HttpResponse<String> metrics = new HttpSession(port).get("/actuator/prometheus",
                "Authorization", basic(admin, TestAccounts.PASSWORD));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections_active",
                "http_server_requests_seconds");
        assertThat(metrics.headers().allValues("Set-Cookie")).as("a scrape makes no session").isEmpty();
    }

    @Test
    void everyOtherEndpointIsAbsent() {
        for (String path : List.of("/actuator", "/actuator/", "/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/mappings", "/actuator/loggers", "/actuator/metrics", "/actuator/heapdump",
                "/actuator/threaddump", "/actuator/info", "/actuator/sessions", "/actuator/health/db",
                "/actuator/health/diskSpace")) {
            HttpResponse<String> response = new HttpSession(port).get(path, "Accept", "application/json");
            assertThat(response.statusCode()).as(path).isIn(401, 404);
            assertThat(response.body()).as(path).doesNotContain("\"_links\"", "\"components\"", "\"details\"",
                    "propertySources", "activeProfiles", "password");
        }
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
