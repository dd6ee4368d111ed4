package org.peacerecord.shared;

/** How directly an external source states a fact (graded in the public-record data). */
public enum Reliability {
    HIGH, MEDIUM
}
