package org.peacerecord.database;

import org.junit.jupiter.api.Test;
import org.peacerecord.PeaceRecordApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** No built-in database password: a server database without one stops the start-up with a message saying what to set. */
class DatabasePasswordCheckTest {

    @Test
    void theEmbeddedDefaultNeedsNoPasswordAServerDatabaseDoes() {
        assertThat(DatabasePasswordCheck.problem("jdbc:h2:file:./data/peace-record", "", false)).isNull();
        assertThat(DatabasePasswordCheck.problem("jdbc:postgresql://db/peace_record", "secret", false)).isNull();
        assertThat(DatabasePasswordCheck.problem("jdbc:postgresql://db/peace_record", "", true)).isNull();
        assertThat(DatabasePasswordCheck.problem("jdbc:postgresql://db/peace_record", "", false))
                .contains("SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void thePostgresProfileWithoutAPasswordDoesNotStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(PeaceRecordApplication.class)
                .profiles("postgres")
                .run("--server.port=0", "--spring.main.banner-mode=off", "--spring.datasource.password="))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No database password is configured")
                .hasMessageContaining("set SPRING_DATASOURCE_PASSWORD");
    }
}
