package org.peacerecord.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.util.Objects;

/** A whole number with its qualifier: "over 7,000", "about 30", "20 (planned)". */
@Embeddable
public class Quantity {

    @Column(name = "value")
    private Long value;

    @Enumerated(EnumType.STRING)
    @Column(name = "qualifier", length = 20)
    private Qualifier qualifier;

    protected Quantity() {
    }

    public Quantity(long value, Qualifier qualifier) {
        if (value < 0) {
            throw new IllegalArgumentException("A quantity cannot be negative");
        }
        this.value = value;
        this.qualifier = Objects.requireNonNull(qualifier, "qualifier");
    }

    public static Quantity exactly(long value) {
        return new Quantity(value, Qualifier.EXACT);
    }

    public Long getValue() {
        return value;
    }

    public Qualifier getQualifier() {
        return qualifier;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity other && Objects.equals(value, other.value) && qualifier == other.qualifier;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, qualifier);
    }

    @Override
    public String toString() {
        return qualifier + " " + value;
    }
}
