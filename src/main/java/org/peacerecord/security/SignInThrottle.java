package org.peacerecord.security;

import org.peacerecord.user.Usernames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Budgets of failed attempts, reserved <em>before</em> a secret is checked. Each subject (a username, a trusted
 * device, a client address, …) may fail {@link Budget#maxFailures} times within {@link SignInLimits#window()}; the
 * failure that uses up the budget locks the subject for {@link SignInLimits#lock()}. A reservation is a single
 * conditional UPDATE of the subject's row in sign_in_budget, so of 200 parallel guesses at most the budget's worth
 * are ever checked: the database serialises them on the row, on every instance alike. A success gives the
 * reservation back (and, for a username, starts its count afresh).
 */
@Component
class SignInThrottle {

    /** What a budget is kept for, and how many failures it allows per window. */
    enum Budget {
        /** Password attempts for a username from browsers that are not trusted for it (see {@link TrustedDevices}). */
        USERNAME("user:"),
        /** Password attempts for a username from one browser that completed a sign-in for it before. */
        DEVICE("device:"),
        /** Password attempts from one client address, whatever the username. */
        ADDRESS("address:"),
        /** Wrong current passwords given by a signed-in user changing their password. */
        ACCOUNT("account:"),
        /** Wrong second-factor codes after a correct password. */
        CODE("code:");

        private final String prefix;

        Budget(String prefix) {
            this.prefix = prefix;
        }
    }

    private static final Duration RETENTION = Duration.ofDays(1);
    private static final int KEY_LENGTH = 200;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SignInLimits limits;

    SignInThrottle(JdbcClient jdbc, Clock clock, SignInLimits limits) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.limits = limits;
    }

    /** The key of a typed username: normalised like accounts are, control characters made harmless, cut. */
    static String usernameKey(String username) {
        // Control characters (a NUL, which PostgreSQL text cannot hold) and lone surrogates become '?'.
        String normalized = Usernames.normalize(username == null ? "" : username).replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
        return normalized.length() > KEY_LENGTH ? normalized.substring(0, KEY_LENGTH) : normalized;
    }

    int maxFailures(Budget budget) {
        return switch (budget) {
            case ADDRESS -> limits.failuresPerAddress();
            case CODE -> limits.failuresPerCode();
            default -> limits.failuresPerUsername();
        };
    }

    /**
     * Takes one attempt from the subject's budget; false when the budget is used up or the subject is locked. The
     * attempt counts as a failure until {@link #succeeded} gives it back.
     */
    @Transactional
    public boolean reserve(Budget budget, String key) {
        String subject = subject(budget, key);
        Instant now = clock.instant();
        if (tryReserve(subject, budget, now)) {
            return true;
        }
        jdbc.sql("INSERT INTO sign_in_budget (subject, window_start, attempts) VALUES (:s, :now, 0) ON CONFLICT DO NOTHING")
                .param("s", subject).param("now", at(now)).update();
        return tryReserve(subject, budget, now);
    }

    private boolean tryReserve(String subject, Budget budget, Instant now) {
        // One statement: a new window when the old one is over, else one more attempt while the budget lasts. Every
        // SET expression reads the row as it was, and the row lock makes parallel reservations wait for each other.
        return jdbc.sql("""
                        UPDATE sign_in_budget
                           SET attempts = CASE WHEN window_start <= :windowStart THEN 1 ELSE attempts + 1 END,
                               window_start = CASE WHEN window_start <= :windowStart THEN :now ELSE window_start END
                         WHERE subject = :s
                           AND (locked_until IS NULL OR locked_until <= :now)
                           AND (window_start <= :windowStart OR attempts < :max)""")
                .param("s", subject)
                .param("now", at(now))
                .param("windowStart", at(now.minus(limits.window())))
                .param("max", maxFailures(budget))
                .update() == 1;
    }

    /** The reserved attempt failed; true when this failure used up the budget and locked the subject. */
    @Transactional
    public boolean failed(Budget budget, String key) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        UPDATE sign_in_budget SET locked_until = :until
                         WHERE subject = :s AND attempts >= :max AND window_start > :windowStart
                           AND (locked_until IS NULL OR locked_until <= :now)""")
                .param("s", subject(budget, key))
                .param("until", at(now.plus(limits.lock())))
                .param("max", maxFailures(budget))
                .param("windowStart", at(now.minus(limits.window())))
                .param("now", at(now))
                .update() == 1;
    }

    /**
     * The reserved attempt succeeded: a username, device, account or code budget starts afresh (whoever knows the
     * secret does not need to guess it); an address gets only this attempt back, so signing in to one's own account
     * cannot refill the budget for guessing others'.
     */
    @Transactional
    public void succeeded(Budget budget, String key) {
        String sql = budget == Budget.ADDRESS
                ? "UPDATE sign_in_budget SET attempts = attempts - 1 WHERE subject = :s AND attempts > 0"
                : "UPDATE sign_in_budget SET attempts = 0, locked_until = NULL WHERE subject = :s";
        jdbc.sql(sql).param("s", subject(budget, key)).update();
    }

    /** Whether the subject is locked now (for an admin's view of an account). */
    @Transactional(readOnly = true)
    public boolean isLocked(Budget budget, String key) {
        return jdbc.sql("SELECT COUNT(*) FROM sign_in_budget WHERE subject = :s AND locked_until > :now")
                .param("s", subject(budget, key)).param("now", at(clock.instant()))
                .query(Integer.class).single() > 0;
    }

    /** Forgets the subject's failures and lock (an admin unlocks an account). */
    @Transactional
    public void clear(Budget budget, String key) {
        jdbc.sql("DELETE FROM sign_in_budget WHERE subject = :s").param("s", subject(budget, key)).update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public void purgeOld() {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM sign_in_budget WHERE window_start < :before AND (locked_until IS NULL OR locked_until < :now)")
                .param("before", at(now.minus(limits.window()).minus(RETENTION)))
                .param("now", at(now))
                .update();
    }

    private static String subject(Budget budget, String key) {
        return budget.prefix + key;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
