package org.peacerecord.shared;

/** Where a record comes from: the statement itself, or a public record beside it. */
public enum Provenance {
    STATEMENT, PUBLIC_RECORD
}
