package org.peacerecord.support;

import org.peacerecord.user.Role;
import org.peacerecord.user.UserAccounts;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Accounts made for one test, with unique usernames; {@link #deleteCreated()} removes them. */
public class TestAccounts {

    public static final String PASSWORD = "violet kettle across 47 lanterns";

    private final UserAccounts accounts;
    private final JdbcTemplate jdbc;
    private final List<String> created = new CopyOnWriteArrayList<>();

    public TestAccounts(UserAccounts accounts, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    public String create(Role role) {
        return create(role, PASSWORD);
    }

    public String create(Role role, String password) {
        String username = uniqueName(role.name().toLowerCase());
        accounts.create(username, role, password, "test");
        created.add(username);
        return username;
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
