package org.peacerecord.security;

import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Actuator: only the health status, to anyone; nothing else under /actuator exists. */
@PostgresTest
class ActuatorExposureTest {

    @LocalServerPort
    int port;

    @Test
    void healthShowsTheStatusOnly() {
        HttpResponse<String> health = new HttpSession(port).get("/actuator/health", "Accept", "application/json");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body().replaceAll("\\s", "")).isEqualTo("{\"status\":\"UP\"}");
        SecurityHeadersTest.assertSecurityHeaders(health, 200);
    }

    @Test
    void everyOtherEndpointIsAbsent() {
        for (String path : List.of("/actuator", "/actuator/", "/actuator/env", "/actuator/beans", "/actuator/configprops",
                "/actuator/mappings", "/actuator/loggers", "/actuator/metrics", "/actuator/heapdump",
                "/actuator/threaddump", "/actuator/info", "/actuator/sessions", "/actuator/health/db",
                "/actuator/health/diskSpace", "/actuator/health/liveness")) {
            HttpResponse<String> response = new HttpSession(port).get(path, "Accept", "application/json");
            assertThat(response.statusCode()).as(path).isIn(401, 404);
            assertThat(response.body()).as(path).doesNotContain("\"_links\"", "\"components\"", "\"details\"",
                    "propertySources", "activeProfiles", "password");
        }
    }
}
