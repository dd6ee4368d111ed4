package org.peacerecord.security;

import org.peacerecord.user.Usernames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Slows down password guessing per username: {@value #MAX_FAILURES} failed sign-ins for one username
 * within {@link #WINDOW} lock that username for {@link #LOCK}, whatever password comes next. It keys
 * on what was typed, so a username that does not exist locks exactly like one that does, and the
 * answer reveals nothing about which usernames exist. Attempts are kept in login_attempt (insert
 * only, safe under concurrent requests) for a day.
 */
@Component
class SignInThrottle {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    static final Duration RETENTION = Duration.ofDays(1);
    private static final int KEY_LENGTH = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String key(String username) {
        // Control characters (a NUL, which PostgreSQL text cannot hold) and lone surrogates become '?'.
        String normalized = Usernames.normalize(username).replaceAll("[\\p{Cntrl}\\p{Cs}]", "?");
        return normalized.length() > KEY_LENGTH ? normalized.substring(0, KEY_LENGTH) : normalized;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username) {
        Integer locks = jdbc.sql("SELECT COUNT(*) FROM login_attempt WHERE username = :u AND outcome = 'LOCKOUT'"
                        + " AND attempted_at > :since")
                .param("u", key(username))
                .param("since", at(now().minus(LOCK)))
                .query(Integer.class).single();
        return locks > 0;
    }

    /** Records a failure; returns true when this failure locked the username. */
    @Transactional
    public boolean recordFailure(String username) {
        Instant now = now();
        String key = key(username);
        insert(key, now, "FAILURE");
        purgeOld(now);
        Integer failures = jdbc.sql("SELECT COUNT(*) FROM login_attempt WHERE username = :u AND outcome = 'FAILURE'"
                        + " AND attempted_at > :windowStart AND attempted_at > COALESCE((SELECT MAX(s.attempted_at)"
                        + " FROM login_attempt s WHERE s.username = :u AND s.outcome <> 'FAILURE'), :windowStart)")
                .param("u", key)
                .param("windowStart", at(now.minus(WINDOW)))
                .query(Integer.class).single();
        if (failures >= MAX_FAILURES) {
            insert(key, now, "LOCKOUT");
            return true;
        }
        return false;
    }

    /** A successful sign-in starts the count afresh. */
    @Transactional
    public void recordSuccess(String username) {
        Instant now = now();
        insert(key(username), now, "SUCCESS");
        purgeOld(now);
    }

    private void purgeOld(Instant now) {
        jdbc.sql("DELETE FROM login_attempt WHERE attempted_at < :before")
                .param("before", at(now.minus(RETENTION)))
                .update();
    }

    private void insert(String key, Instant when, String outcome) {
        jdbc.sql("INSERT INTO login_attempt (username, attempted_at, outcome) VALUES (:u, :at, :outcome)")
                .param("u", key)
                .param("at", at(when))
                .param("outcome", outcome)
                .update();
    }

    private Instant now() {
        return clock.instant();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
