package org.peacerecord.shared;

/**
 * How a number is qualified in its source: "over 7,000" (MORE_THAN), "about 30" (APPROXIMATELY), "close to
 * US$90 million" (JUST_UNDER: approaching the number from below), "30 (planned)".
 */
public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, APPROXIMATELY, JUST_UNDER, PLANNED;

    /** Parses the spelling used in the public-record CSV (exact, at_least, approximately, planned). */
    public static Qualifier fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
