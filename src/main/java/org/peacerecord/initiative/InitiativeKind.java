package org.peacerecord.initiative;

/** What an initiative record describes. */
public enum InitiativeKind {
    /** The conditions peace operations work in: threats, pressures, what the UN supplies. */
    CONTEXT,
    /** Something the UN is doing. */
    UN_INITIATIVE,
    /** Something the UN asks of Japan, of Member States or of people in Japan. */
    REQUEST,
    /** A partnership the UN proposes. */
    PROPOSAL
}
