package org.peacerecord.country;

import java.util.Locale;

/**
 * A country or area of the UN M49 standard: its three-digit code (which ISO 3166-1 numeric and the Natural Earth
 * boundaries use too), its ISO alpha codes, and its names in English (as the UN's M49 list gives them) and Japanese.
 *
 * @param code   the M49 code, three digits ("404")
 * @param nameJa the Japanese name, or empty when the source has none
 */
public record Country(String code, String alpha2, String alpha3, String nameEn, String nameJa) {

    /** The name in the reader's language, falling back to English. */
    public String name(Locale locale) {
        return "ja".equals(locale.getLanguage()) && !nameJa.isEmpty() ? nameJa : nameEn;
    }
}
