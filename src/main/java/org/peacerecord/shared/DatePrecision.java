package org.peacerecord.shared;

/** How much of a stored date the source actually states. */
public enum DatePrecision {
    YEAR, MONTH, DAY
}
