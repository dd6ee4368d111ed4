package org.peacerecord.country;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled UN M49 list, and reading sources' free text into its codes. */
class CountriesTest {

    private final Countries countries = Countries.all();

    @Test
    void theListHasEveryCountryWithBothNames() {
        assertThat(countries.list()).hasSizeGreaterThan(240);
        assertThat(countries.find("404")).map(Country::nameEn).hasValue("Kenya");
        assertThat(countries.find("404")).map(c -> c.name(Locale.JAPANESE)).hasValue("ケニア");
        assertThat(countries.find("384")).map(Country::nameEn).hasValue("Côte d’Ivoire");
        assertThat(countries.find("999")).isEmpty();
        assertThat(countries.list()).allSatisfy(c -> {
            assertThat(c.code()).matches("\\d{3}");
            assertThat(c.alpha3()).matches("[A-Z]{3}");
        });
    }

    @Test
    void sourcesTextIsReadIntoCodes() {
        assertThat(countries.match("Kenya; Uganda").codes()).containsExactly("404", "800");
        assertThat(countries.match("Spain; Italy").codes()).containsExactly("724", "380");
        assertThat(countries.match("Viet Nam").codes()).containsExactly("704");
        assertThat(countries.match("Vietnam").codes()).containsExactly("704");
        assertThat(countries.match("United States").codes()).containsExactly("840");
        assertThat(countries.match("Cote d'Ivoire").codes()).containsExactly("384");
        assertThat(countries.match("Democratic Republic of the Congo").codes()).containsExactly("180");
        assertThat(countries.match("ケニア、ウガンダ").codes()).containsExactly("404", "800");
        assertThat(countries.match("KEN").codes()).containsExactly("404");
        assertThat(countries.match("Kenya and Uganda").codes()).containsExactly("404", "800");
        assertThat(countries.match("São Tomé and Príncipe").codes()).containsExactly("678");
        assertThat(countries.match("Trinidad and Tobago").codes()).containsExactly("780");
        assertThat(countries.match("China, Hong Kong Special Administrative Region").codes()).containsExactly("344");
        assertThat(countries.match(null).codes()).isEmpty();
    }

    @Test
    void whatMatchesNoCountryIsKeptAsWritten() {
        Countries.Match online = countries.match("Online (remote)");
        assertThat(online.codes()).isEmpty();
        assertThat(online.unmatchedText()).isEqualTo("Online (remote)");
        Countries.Match mixed = countries.match("Kenya; Atlantis");
        assertThat(mixed.codes()).containsExactly("404");
        assertThat(mixed.unmatched()).containsExactly("Atlantis");
        assertThat(countries.match("Kenya").unmatchedText()).isNull();
    }

    @Test
    void namesAreGivenInTheReadersLanguage() {
        assertThat(countries.names(Set.of("800", "404"), Locale.ENGLISH)).isEqualTo("Kenya; Uganda");
        assertThat(countries.names(Set.of("800", "404"), Locale.JAPANESE)).isEqualTo("ケニア; ウガンダ");
        assertThat(countries.names(List.of(), Locale.ENGLISH)).isNull();
        assertThat(Countries.codes(Set.of("800", "404"))).isEqualTo("404; 800");
        assertThat(countries.sorted(Locale.ENGLISH).get(0).nameEn()).isEqualTo("Afghanistan");
    }
}
