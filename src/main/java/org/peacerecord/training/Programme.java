package org.peacerecord.training;

/** The programme a training belongs to: the Triangular Partnership Programme, or another. */
public enum Programme {
    TPP, OTHER
}
