package org.peacerecord.user;

import org.peacerecord.web.RecordNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Accounts of the editors' area: the first admin, and what admins and users change about them.
 * Whatever takes access away (disabling, a new role, a new password) ends the account's sessions
 * once the change is committed. The last enabled admin cannot be disabled or demoted, and nobody
 * disables, demotes or resets themselves here.
 */
@Service
@Transactional(readOnly = true)
public class UserAccounts {


    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccountGuards guards;
    private final MessageSource messages;

    UserAccounts(AppUserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock,
                 AccountGuards guards, MessageSource messages) {
        this.guards = guards;
        this.messages = messages;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /** Why a change was not made. */
    public enum Outcome { DONE, SELF, LAST_ADMIN, WRONG_PASSWORD, TOO_MANY_ATTEMPTS, SAME_PASSWORD }

    public record UserSummary(long id, String username, Role role, boolean enabled, OffsetDateTime createdAt,
                              OffsetDateTime passwordChangedAt, boolean passwordTemporary,
                              OffsetDateTime secondFactorEnrolledAt) {

        static UserSummary of(AppUser user) {
            return new UserSummary(user.getId(), user.getUsername(), user.getRole(), user.isEnabled(),
                    utc(user.getCreatedAt()), utc(user.getPasswordChangedAt()), user.isPasswordTemporary(),
                    utc(user.getSecondFactorEnrolledAt()));
        }

        private static OffsetDateTime utc(Instant instant) {
            return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
        }
    }

    /**
     * First start: when no account exists, creates an admin. Returns false (and changes nothing) when
     * any account exists. The username must be a valid username and the password must pass the password rules,
     * or start-up stops with a message saying which setting to fix. The password is temporary.
     */
    @Transactional
    public boolean createFirstAdminIfNone(String username, String password) {
        if (users.count() > 0) {
            return false;
        }
        String name = Usernames.normalize(username);
        if (!Usernames.isValid(name)) {
            throw new IllegalStateException("APP_ADMIN_USERNAME (app.admin.username) must be 3-50 characters: "
                    + "lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        PasswordPolicy.violation(password, name).ifPresent(problem -> {
            throw new IllegalStateException("APP_ADMIN_PASSWORD (app.admin.password) breaks the password rules: "
                    + messages.getMessage(problem, null, Locale.ENGLISH) + " Set another, or leave it unset to have a "
                    + "strong one generated.");
        });
        AppUser admin = new AppUser(name, passwordEncoder.encode(password), Role.ADMIN, clock.instant());
        admin.markPasswordTemporary();
        users.save(admin);
        events.publishEvent(new AccountAudit("user_created", "startup", name, "role=ADMIN password=temporary"));
        return true;
    }

    public List<UserSummary> list() {
        return users.findAllByOrderByUsernameAsc().stream().map(UserSummary::of).toList();
    }

    public UserSummary get(long id) {
        return UserSummary.of(find(id));
    }

    public boolean usernameTaken(String username) {
        return users.existsByUsername(Usernames.normalize(username));
    }

    /** Creates an account; the caller checked {@link #usernameTaken} (a race ends in a DataIntegrityViolationException). */
    @Transactional
    public long create(String username, Role role, String password, String actor) {
        String name = Usernames.normalize(username);
        AppUser created = new AppUser(name, passwordEncoder.encode(password), role, clock.instant());
        created.markPasswordTemporary();
        AppUser user = users.saveAndFlush(created);
        events.publishEvent(new AccountAudit("user_created", actor, name, "role=" + role + " password=temporary"));
        return user.getId();
    }

    @Transactional
    public Outcome setEnabled(long id, boolean enabled, String actor) {
        AppUser user = find(id);
        if (user.isEnabled() == enabled) {
            return Outcome.DONE;
        }
        if (!enabled) {
            if (user.getUsername().equals(actor)) {
                return Outcome.SELF;
            }
            if (user.getRole() == Role.ADMIN && isLastEnabledAdmin(user)) {
                return Outcome.LAST_ADMIN;
            }
        }
        user.setEnabled(enabled);
        events.publishEvent(AccountAudit.of(enabled ? "user_enabled" : "user_disabled", actor, user.getUsername()));
        if (!enabled) {
            events.publishEvent(new AccountAccessChanged(user.getUsername(), null));
        }
        return Outcome.DONE;
    }

    @Transactional
    public Outcome changeRole(long id, Role role, String actor) {
        AppUser user = find(id);
        if (user.getRole() == role) {
            return Outcome.DONE;
        }
        if (user.getUsername().equals(actor)) {
            return Outcome.SELF;
        }
        if (user.getRole() == Role.ADMIN && user.isEnabled() && isLastEnabledAdmin(user)) {
            return Outcome.LAST_ADMIN;
        }
        user.changeRole(role);
        events.publishEvent(new AccountAudit("user_role_changed", actor, user.getUsername(), "role=" + role));
        events.publishEvent(new AccountAccessChanged(user.getUsername(), null));
        return Outcome.DONE;
    }

    /** An admin sets a new password for someone else; their sessions end. */
    @Transactional
    public Outcome resetPassword(long id, String newPassword, String actor) {
        AppUser user = find(id);
        if (user.getUsername().equals(actor)) {
            return Outcome.SELF;
        }
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant(), true);
        events.publishEvent(new AccountAudit("user_password_reset", actor, user.getUsername(), "password=temporary"));
        events.publishEvent(new AccountAccessChanged(user.getUsername(), null));
        return Outcome.DONE;
    }

    /** A signed-in user changes their own password; their other sessions end, this one stays. */
    @Transactional
    public Outcome changeOwnPassword(String username, String currentPassword, String newPassword, String currentSessionId) {
        AppUser user = users.findByUsername(Usernames.normalize(username))
                .orElseThrow(() -> new RecordNotFoundException("user", username));
        if (!guards.reserveCurrentPasswordCheck(user.getUsername())) {
            events.publishEvent(new AccountAudit("password_change_refused", user.getUsername(), user.getUsername(),
                    "too_many_attempts"));
            return Outcome.TOO_MANY_ATTEMPTS;
        }
        boolean right = passwordEncoder.matches(currentPassword, user.getPasswordHash());
        guards.currentPasswordChecked(user.getUsername(), right);
        if (!right) {
            events.publishEvent(new AccountAudit("password_change_refused", user.getUsername(), user.getUsername(),
                    "wrong_current_password"));
            return Outcome.WRONG_PASSWORD;
        }
        if (PasswordPolicy.normalize(newPassword).equals(PasswordPolicy.normalize(currentPassword))) {
            return Outcome.SAME_PASSWORD;
        }
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant(), false);
        events.publishEvent(AccountAudit.of("password_changed", user.getUsername(), user.getUsername()));
        events.publishEvent(new AccountAccessChanged(user.getUsername(), currentSessionId));
        return Outcome.DONE;
    }

    private boolean isLastEnabledAdmin(AppUser user) {
        List<AppUser> admins = users.lockEnabledAdmins();
        return admins.size() <= 1 && admins.stream().anyMatch(a -> a.getId().equals(user.getId()));
    }

    private AppUser find(long id) {
        return users.findById(id).orElseThrow(() -> new RecordNotFoundException("user", id));
    }
}
