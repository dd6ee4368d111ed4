package org.peacerecord.initiative;

/** Whom a request or a proposal is addressed to. */
public enum Addressee {
    JAPAN, MEMBER_STATES, JAPANESE_PUBLIC
}
