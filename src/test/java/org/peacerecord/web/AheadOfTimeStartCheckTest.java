package org.peacerecord.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ahead-of-time start refuses a separate actuator port instead of ignoring it; a normal start takes any. */
class AheadOfTimeStartCheckTest {

    @Test
    void aNormalStartTakesAnyActuatorPort() {
        assertThat(AheadOfTimeStartCheck.problem(false, "8080", "9090")).isNull();
        assertThat(AheadOfTimeStartCheck.problem(false, "8080", null)).isNull();
    }

    @Test
    void anAheadOfTimeStartKeepsTheActuatorOnTheApplicationsPort() {
        assertThat(AheadOfTimeStartCheck.problem(true, "8080", null)).isNull();
        assertThat(AheadOfTimeStartCheck.problem(true, "8080", "")).isNull();
        assertThat(AheadOfTimeStartCheck.problem(true, "8080", "8080")).isNull();
        assertThat(AheadOfTimeStartCheck.problem(true, "8080", "9090"))
                .contains("management.server.port=9090")
                .contains("without -Dspring.aot.enabled=true");
    }
}
