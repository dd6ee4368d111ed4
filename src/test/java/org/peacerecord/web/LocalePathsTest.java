package org.peacerecord.web;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The addresses a page links to, in the page's language: pages get the language prefix, files and the rest do not. */
class LocalePathsTest {

    static final Locale JAPANESE = Locale.JAPANESE;

    @Test
    void japanesePagesGetThePrefix() {
        assertThat(LocalePaths.localize("/", JAPANESE)).isEqualTo("/ja/");
        assertThat(LocalePaths.localize("/trainings?region=africa", JAPANESE)).isEqualTo("/ja/trainings?region=africa");
        assertThat(LocalePaths.localize("/statement#p12", JAPANESE)).isEqualTo("/ja/statement#p12");
    }

    @Test
    void englishPagesAndAddressesAlreadyInJapaneseAreLeftAsTheyAre() {
        assertThat(LocalePaths.localize("/trainings", Locale.ENGLISH)).isEqualTo("/trainings");
        assertThat(LocalePaths.localize("/ja", JAPANESE)).isEqualTo("/ja");
        assertThat(LocalePaths.localize("/ja/trainings", JAPANESE)).isEqualTo("/ja/trainings");
        assertThat(LocalePaths.localize("/ja?lang=en", JAPANESE)).isEqualTo("/ja?lang=en");
    }

    @Test
    void everyStaticFileIsTheSameInEveryLanguage() {
        for (String prefix : StaticResourceConfig.PREFIXES) {
            String file = prefix + (prefix.endsWith("/") ? "file-0123456789ab.svg" : "svg");
            assertThat(LocalePaths.localize(file, JAPANESE)).as(file).isEqualTo(file);
        }
        assertThat(LocalePaths.localize("/maps/world-0123456789ab.svg#land", JAPANESE))
                .isEqualTo("/maps/world-0123456789ab.svg#land");
        assertThat(LocalePaths.localize("/robots.txt", JAPANESE)).isEqualTo("/robots.txt");
        assertThat(LocalePaths.localize("/actuator/health", JAPANESE)).isEqualTo("/actuator/health");
    }

    @Test
    void aJapaneseAddressWithoutItsPrefixIsTheEnglishOne() {
        assertThat(LocalePaths.unprefixed("/ja")).isEqualTo("/");
        assertThat(LocalePaths.unprefixed("/ja/")).isEqualTo("/");
        assertThat(LocalePaths.unprefixed("/ja/trainings")).isEqualTo("/trainings");
        assertThat(LocalePaths.unprefixed("/trainings")).isEqualTo("/trainings");
        assertThat(LocalePaths.unprefixed("/japan")).isEqualTo("/japan");
    }

    @Test
    void otherSitesAndRelativeAddressesAreLeftAsTheyAre() {
        assertThat(LocalePaths.localize("https://www.un.org/", JAPANESE)).isEqualTo("https://www.un.org/");
        assertThat(LocalePaths.localize("//example.org/x", JAPANESE)).isEqualTo("//example.org/x");
        assertThat(LocalePaths.localize("trainings", JAPANESE)).isEqualTo("trainings");
        assertThat(LocalePaths.localize(null, JAPANESE)).isNull();
    }
}
