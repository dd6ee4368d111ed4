package org.peacerecord.user;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who must have a second factor: every admin; every editor unless the operator makes it optional (the default is
 * required — the test profile makes it optional); anyone who has one.
 */
@PostgresTest
class SecondFactorRequirementTest {

    @Autowired
    AppUserRepository users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TestAccounts accounts;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder hashes;

    @AfterEach
    void cleanUp() {
        accounts.deleteCreated();
    }

    private SecondFactors with(String editors) {
        return new SecondFactors(users, jdbc, clock, events, hashes, editors);
    }

    @Test
    void requiredForEditorsByDefaultOptionalOnlyWhenTheOperatorSaysSo() {
        String editor = accounts.create(Role.EDITOR);
        String admin = accounts.create(Role.ADMIN);
        assertThat(with("required").state(editor).secondFactorRequired()).isTrue();
        assertThat(with("optional").state(editor).secondFactorRequired()).isFalse();
        assertThat(with("optional").state(admin).secondFactorRequired()).as("admins always").isTrue();

        accounts.enrolSecondFactor(editor);
        assertThat(with("optional").state(editor).secondFactorRequired()).as("whoever has one uses it").isTrue();
        assertThatThrownBy(() -> with("sometimes")).hasMessageContaining("required or optional");
    }
}
