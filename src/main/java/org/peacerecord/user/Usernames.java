package org.peacerecord.user;

import java.util.Locale;

/** Usernames are case-insensitive: "Editor " and "editor" are one account, and one throttling key. */
public final class Usernames {

    /** What a new username may look like (after normalisation). */
    static final String PATTERN = "[a-z0-9][a-z0-9._-]*";
    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 50;

    private Usernames() {
    }

    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    static boolean isValid(String normalized) {
        return normalized.length() >= MIN_LENGTH && normalized.length() <= MAX_LENGTH && normalized.matches(PATTERN);
    }
}
