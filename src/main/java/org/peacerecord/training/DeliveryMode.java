package org.peacerecord.training;

import java.util.Locale;

public enum DeliveryMode {
    IN_PERSON, REMOTE, MIXED;

    /** Parses the spelling used in the public-record CSV (in-person, remote). */
    public static DeliveryMode fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
