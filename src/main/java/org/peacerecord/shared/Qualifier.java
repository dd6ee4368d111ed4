package org.peacerecord.shared;

/** How a number is qualified in its source ("over 7,000", "close to US$90 million", "30 (planned)"). */
public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, APPROXIMATELY, PLANNED;

    /** Parses the spelling used in the public-record CSV (exact, at_least, approximately, planned). */
    public static Qualifier fromCode(String code) {
        return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
