package org.peacerecord.web;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A message's plain arguments come out as MessageFormat itself writes them, with formats made once. */
class PlainArgumentTest {

    private static final String PATTERN = "{0} in {1}; {2,number,integer} in all";

    private static final Object[][] ARGUMENTS = {
            {1234567, "UNMISS", 1234567},
            {new BigDecimal("1234.5678"), 3L, 12.5},
            {0.5, null, 0},
            {new Date(1_653_000_000_000L), Locale.JAPAN, -42},
            {"text", 7.0f, 1L},
    };

    @Test
    void formatsEveryArgumentAsMessageFormatDoes() {
        for (Locale locale : new Locale[]{Locale.ENGLISH, Locale.JAPANESE, Locale.GERMANY}) {
            MessageFormat expected = new MessageFormat(PATTERN, locale);
            MessageFormat withPlainArguments = new MessageFormat(PATTERN, locale);
            MessagesConfig.PlainArgument plain = new MessagesConfig.PlainArgument(locale);
            Format[] elements = withPlainArguments.getFormats();
            for (int i = 0; i < elements.length; i++) {
                if (elements[i] == null) {
                    withPlainArguments.setFormat(i, plain);
                }
            }
            for (Object[] arguments : ARGUMENTS) {
                assertThat(withPlainArguments.format(arguments)).as("%s in %s", Arrays.toString(arguments), locale)
                        .isEqualTo(expected.format(arguments));
            }
        }
    }

    @Test
    void theMessageSourceGroupsTheDigitsOfACount() {
        var messages = new MessagesConfig().messageSource();
        assertThat(messages.getMessage("filter.option", new Object[]{"Kenya", 1234}, Locale.ENGLISH))
                .isEqualTo("Kenya (1,234)");
        assertThat(messages.getMessage("filter.option", new Object[]{"Kenya", 56789}, Locale.ENGLISH))
                .isEqualTo("Kenya (56,789)");
    }
}
