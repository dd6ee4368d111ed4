package org.peacerecord.user;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6238 appendix B's test vectors (8 digits, the three HMACs, their seeds), and RFC 4226 appendix D's. */
class TotpTest {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void rfc6238TestVectors(long unixTime, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(unixTime));
        assertThat(Totp.code(SHA1_SEED, step, "HmacSHA1", 8)).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED, step, "HmacSHA256", 8)).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED, step, "HmacSHA512", 8)).isEqualTo(sha512);
    }

    @ParameterizedTest
    @CsvSource({"0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314", "5, 254676", "6, 287922",
            "7, 162583", "8, 399871", "9, 520489"})
    void rfc4226HotpTestVectors(long counter, String code) {
        assertThat(Totp.code(SHA1_SEED, counter, "HmacSHA1", 6)).isEqualTo(code);
        assertThat(Totp.code(Totp.base32(SHA1_SEED), counter)).as("through Base32").isEqualTo(code);
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Totp.fromBase32("MZXW6YTBOI")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Totp.newSecret()).hasSize(32).matches("[A-Z2-7]+");
    }

    @Test
    void aCodeMatchesWithinOneStepEitherWayAndOnlyOnce() {
        String secret = Totp.newSecret();
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now, 0)).isEqualTo(step);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now, 0)).isEqualTo(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now, 0)).isEqualTo(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now, 0)).as("a minute old").isEqualTo(-1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now, step)).as("used already").isEqualTo(-1);
        assertThat(Totp.matchingStep(secret, "12345", now, 0)).isEqualTo(-1);
        assertThat(Totp.matchingStep(secret, "abcdef", now, 0)).isEqualTo(-1);
    }

    @Test
    void theUriIsWhatAuthenticatorAppsRead() {
        assertThat(Totp.uri("Peace Operations Record", "editor", "JBSWY3DPEHPK3PXP")).isEqualTo(
                "otpauth://totp/Peace%20Operations%20Record:editor?secret=JBSWY3DPEHPK3PXP"
                        + "&issuer=Peace%20Operations%20Record&algorithm=SHA1&digits=6&period=30");
    }
}
