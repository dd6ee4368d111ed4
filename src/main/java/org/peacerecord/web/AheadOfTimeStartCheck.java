package org.peacerecord.web;

import java.util.Objects;

import org.peacerecord.database.StartCheck;
import org.springframework.aot.AotDetector;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Started with the build's ahead-of-time bean definitions ({@code -Dspring.aot.enabled=true}, docs/operations.md,
 * "Faster start-up"), the application's beans were decided when the jar was built, with the default settings: the
 * actuator then cannot move to a port of its own. Rather than ignore {@code management.server.port} silently (the
 * actuator would stay on the application's port, reachable where the operator meant it not to be), start-up stops
 * here with a message that says what to do.
 */
@Component
class AheadOfTimeStartCheck extends StartCheck {

    @Override
    protected String problem(Environment environment) {
        return problem(AotDetector.useGeneratedArtifacts(),
                environment.getProperty("server.port", "8080"), environment.getProperty("management.server.port"));
    }

    static String problem(boolean aheadOfTime, String serverPort, String managementPort) {
        if (!aheadOfTime || managementPort == null || managementPort.isBlank()
                || Objects.equals(managementPort.strip(), serverPort.strip())) {
            return null;
        }
        return "management.server.port=" + managementPort + " cannot take effect with -Dspring.aot.enabled=true: the "
                + "ahead-of-time bean definitions were made for the actuator on the application's port. Start without "
                + "-Dspring.aot.enabled=true to give the actuator a port of its own.";
    }
}
