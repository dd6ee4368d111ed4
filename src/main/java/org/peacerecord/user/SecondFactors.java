package org.peacerecord.user;

import org.peacerecord.web.RecordNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The second factor of editors and admins: an authenticator app (TOTP, RFC 6238) with ten one-time recovery codes.
 * Required for every ADMIN, and for every EDITOR unless the operator sets
 * {@code peace-record.security.second-factor.editors=optional}; an account that has one always uses it. Each TOTP
 * code counts once (the last accepted time step is kept); recovery codes are kept only as bcrypt hashes and used up.
 */
@Service
@Transactional(readOnly = true)
public class SecondFactors {

    public static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static final String ISSUER = "Peace Operations Record";

    private final AppUserRepository users;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PasswordEncoder hashes;
    private final boolean editorsOptional;
    private final SecureRandom random = new SecureRandom();

    SecondFactors(AppUserRepository users, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events,
                  PasswordEncoder hashes, @Value("${peace-record.security.second-factor.editors:required}") String editors) {
        this.hashes = hashes;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        if (!editors.equals("required") && !editors.equals("optional")) {
            throw new IllegalStateException("peace-record.security.second-factor.editors must be required or optional, not "
                    + editors);
        }
        this.editorsOptional = editors.equals("optional");
    }

    /** Where an account stands at sign-in, read fresh from the database. */
    public record SignInState(String username, Role role, boolean passwordTemporary, boolean enrolled,
                              boolean secondFactorRequired) {
    }

    public SignInState state(String username) {
        AppUser user = find(username);
        return new SignInState(user.getUsername(), user.getRole(), user.isPasswordTemporary(), user.hasSecondFactor(),
                user.hasSecondFactor() || user.getRole() == Role.ADMIN || !editorsOptional);
    }

    /** The outcome of a code typed at sign-in. */
    public enum Check { TOTP, RECOVERY_CODE, WRONG }

    /**
     * Checks a code at sign-in: six digits are taken as the authenticator's code (each counts once), anything else as
     * a recovery code (used up). The caller limits the attempts.
     */
    @Transactional
    public Check verify(String username, String code) {
        AppUser user = find(username);
        if (!user.hasSecondFactor() || code == null) {
            return Check.WRONG;
        }
        String typed = code.strip().replace(" ", "");
        if (typed.matches("\\d{" + Totp.DIGITS + "}")) {
            long step = Totp.matchingStep(user.getTotpSecret(), typed, clock.instant(), user.getTotpLastStep());
            if (step < 0) {
                return Check.WRONG;
            }
            user.useTotpStep(step);
            return Check.TOTP;
        }
        String normalized = normalizeRecoveryCode(typed);
        if (!normalized.matches("[" + RECOVERY_ALPHABET + "]{10}")) {
            return Check.WRONG;
        }
        List<RecoveryCode> unused = jdbc.sql("SELECT id, code_hash FROM recovery_code WHERE user_id = :id AND used_at IS NULL")
                .param("id", user.getId())
                .query((rs, row) -> new RecoveryCode(rs.getLong(1), rs.getString(2))).list();
        RecoveryCode match = unused.stream().filter(candidate -> hashes.matches(normalized, candidate.hash()))
                .findFirst().orElse(null);
        // The row is used up only if nobody used it meanwhile (two sign-ins with the same code at once).
        int used = match == null ? 0 : jdbc.sql("UPDATE recovery_code SET used_at = :now WHERE id = :rid AND used_at IS NULL")
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("rid", match.id()).update();
        if (used == 1) {
            events.publishEvent(new AccountAudit("recovery_code_used", user.getUsername(), user.getUsername(),
                    "left=" + recoveryCodesLeft(user.getId())));
            return Check.RECOVERY_CODE;
        }
        return Check.WRONG;
    }

    /**
     * Enrols the authenticator whose secret was shown to the user, once they typed a code it made; returns the new
     * recovery codes (shown once), or an empty list when the code does not match.
     */
    @Transactional
    public List<String> enrol(String username, String secret, String code, String keepSessionId) {
        AppUser user = find(username);
        long step = Totp.matchingStep(secret, code == null ? "" : code.strip().replace(" ", ""), clock.instant(), 0);
        if (step < 0) {
            return List.of();
        }
        user.enrolSecondFactor(secret, step, clock.instant());
        events.publishEvent(AccountAudit.of("second_factor_enrolled", user.getUsername(), user.getUsername()));
        // A new factor: every other session of the account ends (ASVS V7.4.3).
        events.publishEvent(new AccountAccessChanged(user.getUsername(), keepSessionId));
        return newRecoveryCodes(user);
    }

    /**
     * New recovery codes replace the old ones (all of them), shown once — after a current code from the authenticator
     * app (re-authentication before changing a factor); empty when the code is wrong.
     */
    @Transactional
    public List<String> regenerateRecoveryCodes(String username, String code) {
        AppUser user = find(username);
        if (!user.hasSecondFactor()) {
            return List.of();
        }
        long step = Totp.matchingStep(user.getTotpSecret(), code == null ? "" : code.strip().replace(" ", ""),
                clock.instant(), user.getTotpLastStep());
        if (step < 0) {
            return List.of();
        }
        user.useTotpStep(step);
        events.publishEvent(AccountAudit.of("recovery_codes_regenerated", user.getUsername(), user.getUsername()));
        return newRecoveryCodes(user);
    }

    public int recoveryCodesLeft(String username) {
        return recoveryCodesLeft(find(username).getId());
    }

    /**
     * An admin removes someone's second factor (a lost phone and no recovery code): they enrol again at their next
     * sign-in, and their sessions end now.
     */
    @Transactional
    public UserAccounts.Outcome reset(long id, String actor) {
        AppUser user = users.findById(id).orElseThrow(() -> new RecordNotFoundException("user", id));
        if (user.getUsername().equals(actor)) {
            return UserAccounts.Outcome.SELF;
        }
        user.removeSecondFactor();
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = :id").param("id", user.getId()).update();
        events.publishEvent(AccountAudit.of("second_factor_reset", actor, user.getUsername()));
        events.publishEvent(new AccountAccessChanged(user.getUsername(), null));
        return UserAccounts.Outcome.DONE;
    }

    private List<String> newRecoveryCodes(AppUser user) {
        jdbc.sql("DELETE FROM recovery_code WHERE user_id = :id").param("id", user.getId()).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
            jdbc.sql("INSERT INTO recovery_code (user_id, code_hash) VALUES (:id, :h)")
                    .param("id", user.getId()).param("h", hashes.encode(code.toString())).update();
        }
        return codes;
    }

    private int recoveryCodesLeft(long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE user_id = :id AND used_at IS NULL")
                .param("id", userId).query(Integer.class).single();
    }

    private static String normalizeRecoveryCode(String typed) {
        return typed.replace("-", "").toUpperCase(Locale.ROOT);
    }

    private AppUser find(String username) {
        return users.findByUsername(Usernames.normalize(username))
                .orElseThrow(() -> new RecordNotFoundException("user", username));
    }

    private record RecoveryCode(long id, String hash) {
    }
}
