package org.peacerecord.database;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * No built-in database password anywhere: a server database (anything but the embedded H2 default) needs
 * {@code spring.datasource.password} (SPRING_DATASOURCE_PASSWORD), or start-up stops here, before any connection is
 * tried, with a message that says what to set. A server that really takes no password (trust authentication on a
 * private socket) is declared with {@code peace-record.database.allow-empty-password=true}.
 */
@Component
class DatabasePasswordCheck extends StartCheck {

    @Override
    protected String problem(Environment environment) {
        return problem(environment.getProperty("spring.datasource.url", ""),
                environment.getProperty("spring.datasource.password", ""),
                environment.getProperty("peace-record.database.allow-empty-password", Boolean.class, false));
    }

    static String problem(String url, String password, boolean allowEmpty) {
        if (url.startsWith("jdbc:h2:") || allowEmpty || !password.isEmpty()) {
            return null;
        }
        return "No database password is configured for " + url + ": set SPRING_DATASOURCE_PASSWORD (there is no "
                + "built-in default), or peace-record.database.allow-empty-password=true if the server takes none.";
    }
}
