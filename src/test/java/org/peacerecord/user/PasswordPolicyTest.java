package org.peacerecord.user;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Length is counted in characters (code points, after NFKC); bcrypt's limit in UTF-8 bytes; guessable passwords are
 * refused with the reason.
 */
class PasswordPolicyTest {

    @Test
    void twelveCharactersOfAnyKindAreEnough() {
        assertThat(PasswordPolicy.violation("rvqzmtkwhpxd".substring(1))).hasValue("password.tooShort");
        assertThat(PasswordPolicy.violation("rvqzmtkwhpxd")).as("no composition rules").isEmpty();
        assertThat(PasswordPolicy.violation("パスワードはとても長いです12")).isEmpty();
        assertThat(PasswordPolicy.violation("😀".repeat(11))).as("an emoji is one character").hasValue("password.tooShort");
        assertThat(PasswordPolicy.violation("")).hasValue("password.required");
        assertThat(PasswordPolicy.violation(null)).hasValue("password.required");
    }

    @Test
    void atMostSeventyTwoBytes() {
        String seventyTwo = "mighty river under glass, violet kettle across forty-seven lanterns zqxw";
        assertThat(seventyTwo).hasSize(72);
        assertThat(PasswordPolicy.violation(seventyTwo)).isEmpty();
        assertThat(PasswordPolicy.violation(seventyTwo + "x")).hasValue("password.tooLong");
        assertThat(PasswordPolicy.violation("雲の上に桜が咲く春の日の午後に川沿いを歩く人々の")).isEmpty();
        assertThat(PasswordPolicy.violation("雲の上に桜が咲く春の日の午後に川沿いを歩く人々のを")).hasValue("password.tooLong");
    }

    @Test
    void guessablePasswordsAreRefusedWithTheReason() {
        assertThat(PasswordPolicy.violation("password1234")).hasValue("password.guessable.common");
        assertThat(PasswordPolicy.violation("correct horse battery staple")).as("famous, so in the leaked lists")
                .hasValue("password.guessable.common");
        assertThat(PasswordPolicy.violation("aaaaaaaaaaaa")).hasValue("password.guessable.pattern");
        assertThat(PasswordPolicy.violation("abcdefghijkl")).hasValue("password.guessable.pattern");
        assertThat(PasswordPolicy.violation("ＡＢＣＤＥＦＧＨＩＪＫＬ")).as("measured after NFKC")
                .hasValue("password.guessable.pattern");
        assertThat(PasswordPolicy.violation("jane smith 1985")).hasValue("password.guessable.names");
        assertThat(PasswordPolicy.violation("Peace Operations 2022")).as("words of this site")
                .hasValue("password.guessable.site");
        assertThat(PasswordPolicy.violation("mighty river under glass")).isEmpty();
        assertThat(PasswordPolicy.violation("kettle-violet-2024", "kettle-violet"))
                .as("built from the username").hasValue("password.guessable.site");
        assertThat(PasswordPolicy.violation("mighty river under glass", "someone.else")).isEmpty();
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
