package org.peacerecord.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How much guessing the sign-in allows ({@code peace-record.sign-in.*}): failures per username (and per trusted
 * device), per client address and per second-factor challenge within one window, how long a used-up budget stays
 * locked, and how many password checks (bcrypt work) one instance runs at once.
 */
@ConfigurationProperties("peace-record.sign-in")
record SignInLimits(@DefaultValue("10") int failuresPerUsername,
                    @DefaultValue("50") int failuresPerAddress,
                    @DefaultValue("5") int failuresPerCode,
                    @DefaultValue("15m") Duration window,
                    @DefaultValue("15m") Duration lock,
                    @DefaultValue("0") int concurrentPasswordChecks) {

    SignInLimits {
        if (failuresPerUsername < 1 || failuresPerAddress < 1 || failuresPerCode < 1) {
            throw new IllegalArgumentException("peace-record.sign-in.failures-per-* must be at least 1");
        }
        if (concurrentPasswordChecks <= 0) {
            concurrentPasswordChecks = Math.max(2, Runtime.getRuntime().availableProcessors());
        }
    }
}
