package org.peacerecord.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.security.SignInThrottle.Budget;
import org.peacerecord.support.MutableClock;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The budgets on the real database: reservations are atomic, windows and locks end, successes give back. */
@PostgresTest
class SignInBudgetTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    TransactionTemplate transactions;

    private final SignInLimits limits = new SignInLimits(10, 20, 5, Duration.ofMinutes(15), Duration.ofMinutes(15), 2);

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private SignInThrottle throttle() {
        return new SignInThrottle(jdbc, clock, limits);
    }

    private static String key() {
        return "budget-test-" + UUID.randomUUID();
    }

    @Test
    void ofTwoHundredParallelReservationsOnlyTheBudgetsWorthSucceed() throws Exception {
        SignInThrottle throttle = throttle();
        String key = key();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Boolean>> guesses = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                guesses.add(() -> transactions.execute(status -> throttle.reserve(Budget.USERNAME, key)));
            }
            long reserved = 0;
            for (Future<Boolean> guess : pool.invokeAll(guesses)) {
                reserved += guess.get() ? 1 : 0;
            }
            assertThat(reserved).isEqualTo(10);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theFailureThatUsesUpTheBudgetLocksUntilTheLockEnds() {
        SignInThrottle throttle = throttle();
        String key = key();
        for (int i = 0; i < 9; i++) {
            assertThat(throttle.reserve(Budget.USERNAME, key)).isTrue();
            assertThat(throttle.failed(Budget.USERNAME, key)).isFalse();
        }
        assertThat(throttle.reserve(Budget.USERNAME, key)).isTrue();
        assertThat(throttle.failed(Budget.USERNAME, key)).as("the tenth failure locks").isTrue();
        assertThat(throttle.isLocked(Budget.USERNAME, key)).isTrue();
        assertThat(throttle.reserve(Budget.USERNAME, key)).isFalse();

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.reserve(Budget.USERNAME, key)).isFalse();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.reserve(Budget.USERNAME, key)).as("the lock is over").isTrue();
    }

    @Test
    void aSuccessStartsAUsernameAfreshButGivesAnAddressOnlyItsOwnAttemptBack() {
        SignInThrottle throttle = throttle();
        String user = key();
        for (int i = 0; i < 9; i++) {
            throttle.reserve(Budget.USERNAME, user);
            throttle.failed(Budget.USERNAME, user);
        }
        throttle.reserve(Budget.USERNAME, user);
        throttle.succeeded(Budget.USERNAME, user);
        for (int i = 0; i < 9; i++) {
            assertThat(throttle.reserve(Budget.USERNAME, user)).isTrue();
            assertThat(throttle.failed(Budget.USERNAME, user)).isFalse();
        }

        String address = key();
        for (int i = 0; i < 19; i++) {
            throttle.reserve(Budget.ADDRESS, address);
            throttle.failed(Budget.ADDRESS, address);
        }
        throttle.reserve(Budget.ADDRESS, address);
        throttle.succeeded(Budget.ADDRESS, address);
        assertThat(throttle.reserve(Budget.ADDRESS, address)).as("the 20th attempt").isTrue();
        assertThat(throttle.failed(Budget.ADDRESS, address)).as("and the address is locked").isTrue();
        assertThat(throttle.reserve(Budget.ADDRESS, address)).isFalse();
    }

    @Test
    void anAdministratorCanLiftALock() {
        SignInThrottle throttle = throttle();
        String key = key();
        for (int i = 0; i < 10; i++) {
            throttle.reserve(Budget.USERNAME, key);
            throttle.failed(Budget.USERNAME, key);
        }
        assertThat(throttle.reserve(Budget.USERNAME, key)).isFalse();

        throttle.clear(Budget.USERNAME, key);

        assertThat(throttle.isLocked(Budget.USERNAME, key)).isFalse();
        assertThat(throttle.reserve(Budget.USERNAME, key)).isTrue();
    }
}
