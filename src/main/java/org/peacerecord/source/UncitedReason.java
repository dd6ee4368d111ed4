package org.peacerecord.source;

/**
 * Why no record cites a passage of the statement: it states no fact, figure, commitment, request or proposal.
 * Every passage without one of these reasons must be cited by at least one record (the seed's integrity test).
 */
public enum UncitedReason {
    /** A salutation ("Excellencies, Ladies and Gentlemen", "Ohayou gozaimasu"). */
    GREETING,
    /** Reflection or exhortation without a fact, figure, commitment, request or proposal. */
    RHETORIC,
    /** A sentence leading from one part of the speech to the next. */
    TRANSITION
}
