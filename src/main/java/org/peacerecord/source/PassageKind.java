package org.peacerecord.source;

/** What a numbered passage of the statement is. */
public enum PassageKind {
    /** A salutation line at the top, naming someone addressed. */
    ADDRESSEE,
    /** A paragraph of the speech. */
    PARAGRAPH,
    /** A list, one item per line (the three A4P objectives). */
    LIST
}
