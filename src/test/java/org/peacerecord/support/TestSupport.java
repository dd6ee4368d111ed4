package org.peacerecord.support;

import jakarta.persistence.EntityManager;
import org.peacerecord.user.UserAccounts;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What every full-stack test context adds to the application: a clock tests can move (it follows real time until
 * moved; reset it after a test that moves it), and builders of test data and accounts that clean up after
 * themselves. Part of {@link PostgresTest} and {@link EmbeddedDatabaseTest}, so that both stay one cached
 * context each.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupport {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock();
    }

    @Bean
    TestRecords testRecords(EntityManager entityManager, TransactionTemplate transactions) {
        return new TestRecords(entityManager, transactions);
    }

    @Bean
    TestAccounts testAccounts(UserAccounts accounts, JdbcTemplate jdbc, MutableClock clock) {
        return new TestAccounts(accounts, jdbc, clock);
    }
}
