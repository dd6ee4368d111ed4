package org.peacerecord.shared;

import java.util.Locale;

/** The subject of a training course or training-related milestone. */
public enum Discipline {
    ENGINEERING, MEDICAL, C4ISR, TELEMEDICINE, PROTECTION_OF_CIVILIANS, WOMEN_PROTECTION, DEMINING, OTHER;

    /** Parses the spelling used in the public-record CSV (engineering, C4ISR, …). */
    public static Discipline fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
    }
}
