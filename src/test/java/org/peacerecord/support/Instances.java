package org.peacerecord.support;

import org.peacerecord.PeaceRecordApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Whole applications of their own, as separate instances in production are, for the tests that need more than the
 * shared context (two instances on one database, a database cut away, a database of its own): the test profile on
 * a random port, with whatever properties the test adds ({@code --name=value}).
 */
public final class Instances {

    /** The test database, as the build names it (pom.xml, application-test.properties). */
    public static final String DATABASE_URL = System.getProperty("test.database.url",
            "jdbc:postgresql://127.0.0.1:5432/peace_record_test");
    public static final String DATABASE_USER = System.getProperty("test.database.username", "postgres");
    public static final String DATABASE_PASSWORD = System.getProperty("test.database.password", "postgres");

    private Instances() {
    }

    public static ConfigurableApplicationContext start(String... properties) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
        args.addAll(List.of(properties));
        return new SpringApplicationBuilder(PeaceRecordApplication.class)
                .profiles("test")
                .run(args.toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
