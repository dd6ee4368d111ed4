package org.peacerecord.user;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Length is counted in characters (code points, after NFKC); bcrypt's limit in UTF-8 bytes. */
class PasswordPolicyTest {

    @Test
    void twelveCharactersOfAnyKindAreEnough() {
        assertThat(PasswordPolicy.violation("abcdefghijk")).hasValue("password.tooShort");
        assertThat(PasswordPolicy.violation("abcdefghijkl")).isEmpty();
        assertThat(PasswordPolicy.violation("aaaaaaaaaaaa")).as("no composition rules").isEmpty();
        assertThat(PasswordPolicy.violation("パスワードはとても長いです12")).isEmpty();
        assertThat(PasswordPolicy.violation("😀".repeat(11))).as("an emoji is one character").hasValue("password.tooShort");
        assertThat(PasswordPolicy.violation("")).hasValue("password.required");
        assertThat(PasswordPolicy.violation(null)).hasValue("password.required");
    }

    @Test
    void atMostSeventyTwoBytes() {
        assertThat(PasswordPolicy.violation("x".repeat(72))).isEmpty();
        assertThat(PasswordPolicy.violation("x".repeat(73))).hasValue("password.tooLong");
        assertThat(PasswordPolicy.violation("あ".repeat(24))).isEmpty();
        assertThat(PasswordPolicy.violation("あ".repeat(25))).hasValue("password.tooLong");
    }

    @Test
    void theEncoderHashesWithBcryptAndComparesNormalisedPasswords() {
        NormalizingPasswordEncoder encoder = new NormalizingPasswordEncoder();
        String hash = encoder.encode("ﾊﾟｽﾜｰﾄﾞ１２３４５６７８"); // half-width kana, full-width digits

        assertThat(hash).startsWith("{bcrypt}$2");
        assertThat(encoder.matches("パスワード12345678", hash)).isTrue();
        assertThat(encoder.matches("パスワード12345679", hash)).isFalse();
        assertThat(encoder.matches("x".repeat(500), hash)).isFalse();
        assertThatThrownBy(() -> encoder.encode("x".repeat(73))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void usernamesAreCaseInsensitive() {
        assertThat(Usernames.normalize("  Editor.One ")).isEqualTo("editor.one");
        assertThat(Usernames.isValid("editor.one")).isTrue();
        assertThat(Usernames.isValid("ed")).isFalse();
        assertThat(Usernames.isValid("-editor")).isFalse();
        assertThat(Usernames.isValid("editor one")).isFalse();
    }
}
