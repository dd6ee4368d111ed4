package org.peacerecord.security;

import org.peacerecord.user.UserAccounts;
import org.springframework.dao.DataIntegrityViolationException;
import org.peacerecord.user.Usernames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;

/**
 * First start: when no account exists, creates the admin from {@link AdminProperties}. Without a
 * configured password a strong one is generated and logged once, at WARN; it is never stored in
 * clear and not shown again. When any account exists, nothing happens (restarts are harmless).
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);
    /** Letters and digits without look-alikes (0/O, 1/l/I): 56 symbols, about 5.8 bits each. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    static final int GENERATED_LENGTH = 24;

    private final UserAccounts accounts;
    private final AdminProperties properties;
    private final SecureRandom random = new SecureRandom();

    AdminBootstrap(UserAccounts accounts, AdminProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureAdmin();
    }

    void ensureAdmin() {
        String configured = properties.password();
        boolean generate = configured == null || configured.isBlank();

        String password = generate ? generatePassword() : configured;
        try {
            if (!accounts.createFirstAdminIfNone(properties.username(), password)) {
                return;
            }
        } catch (DataIntegrityViolationException raced) {
            // Two instances started at once on an empty database: the other one created the first admin.
            LOG.info("The first admin was created by another instance starting at the same time.");
            return;
        }
        if (generate) {
            LOG.warn("""
                    No user account existed, so the first admin was created with username "{}" and this generated \
                    password: {}  — it is shown only this once, and it is temporary: sign in at /login and choose your own, \
                    or set APP_ADMIN_PASSWORD before the first start next time.""", Usernames.normalize(properties.username()), password);
        } else {
            LOG.info("No user account existed, so the first admin \"{}\" was created from APP_ADMIN_USERNAME / "
                    + "APP_ADMIN_PASSWORD.", Usernames.normalize(properties.username()));
        }
    }

    String generatePassword() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
