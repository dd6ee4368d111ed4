package org.peacerecord.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.peacerecord.shared.BaseEntity;

import java.time.Instant;

/** An account of the editors' area. The password is only ever held as a DelegatingPasswordEncoder hash. */
@Entity
@Table(name = "app_user")
public class AppUser extends BaseEntity {

    @Column(nullable = false, unique = true, length = 50)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    /** Set by start-up and by admins: the account must choose its own password before anything else. */
    @Column(name = "password_temporary", nullable = false)
    private boolean passwordTemporary;

    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_last_step", nullable = false)
    private long totpLastStep;

    @Column(name = "second_factor_enrolled_at")
    private Instant secondFactorEnrolledAt;

    protected AppUser() {
    }

    AppUser(String username, String passwordHash, Role role, Instant now) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.passwordChangedAt = now;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    void changePassword(String newHash, Instant now, boolean temporary) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.passwordTemporary = temporary;
    }

    public boolean isPasswordTemporary() {
        return passwordTemporary;
    }

    void markPasswordTemporary() {
        this.passwordTemporary = true;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    long getTotpLastStep() {
        return totpLastStep;
    }

    void useTotpStep(long step) {
        this.totpLastStep = step;
    }

    public Instant getSecondFactorEnrolledAt() {
        return secondFactorEnrolledAt;
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    void enrolSecondFactor(String secret, long usedStep, Instant now) {
        this.totpSecret = secret;
        this.totpLastStep = usedStep;
        this.secondFactorEnrolledAt = now;
    }

    void removeSecondFactor() {
        this.totpSecret = null;
        this.totpLastStep = 0;
        this.secondFactorEnrolledAt = null;
    }

    void changeRole(Role newRole) {
        this.role = newRole;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
