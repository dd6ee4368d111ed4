package org.peacerecord.support;

import org.peacerecord.user.Role;
import org.peacerecord.user.Totp;
import org.peacerecord.user.UserAccounts;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Accounts made for one test, with unique usernames; {@link #deleteCreated()} removes them. They are settled accounts:
 * their password is not temporary, and admins (who always need a second factor) have an authenticator with the known
 * secret {@link #TOTP_SECRET}, whose codes {@link #code} computes as an app would.
 */
public class TestAccounts {

    public static final String PASSWORD = "violet kettle across 47 lanterns";
    public static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private final UserAccounts accounts;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final List<String> created = new CopyOnWriteArrayList<>();

    public TestAccounts(UserAccounts accounts, JdbcTemplate jdbc, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public String create(Role role) {
        return create(role, PASSWORD);
    }

    public String create(Role role, String password) {
        String username = uniqueName(role.name().toLowerCase());
        accounts.create(username, role, password, "test");
        created.add(username);
        jdbc.update("UPDATE app_user SET password_temporary = FALSE WHERE username = ?", username);
        if (role == Role.ADMIN) {
            enrolSecondFactor(username);
        }
        return username;
    }

    /** A new account whose password is temporary, as an admin leaves it (no second factor yet). */
    public String createWithTemporaryPassword(Role role) {
        String username = uniqueName(role.name().toLowerCase());
        accounts.create(username, role, PASSWORD, "test");
        created.add(username);
        return username;
    }

    /** Gives the account an authenticator app with {@link #TOTP_SECRET}. */
    public void enrolSecondFactor(String username) {
        jdbc.update("UPDATE app_user SET totp_secret = ?, totp_last_step = 0, second_factor_enrolled_at = CURRENT_TIMESTAMP"
                + " WHERE username = ?", TOTP_SECRET, username);
    }

    /**
     * The code the account's authenticator app would show now — or, when that one has been used, the next one (the
     * server accepts one step either way), as a person who waits for a fresh code would type it.
     */
    public String code(String username) {
        Long lastUsed = jdbc.queryForObject("SELECT totp_last_step FROM app_user WHERE username = ?", Long.class, username);
        long now = Totp.step(clock.instant());
        long step = Math.max(now - 1, lastUsed + 1);
        if (step > now + 1) {
            throw new IllegalStateException("Every code of this minute has been used: move the clock on 30 seconds");
        }
        return Totp.code(TOTP_SECRET, step);
    }

    /** Remembers an account a test created some other way, so that it is deleted too. */
    public String track(String username) {
        created.add(username);
        return username;
    }

    public long idOf(String username) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }

    public static String uniqueName(String prefix) {
        return "t-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public void deleteCreated() {
        for (String username : created) {
            jdbc.update("DELETE FROM app_user WHERE username = ?", username);
        }
        created.clear();
    }
}
