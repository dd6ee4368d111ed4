package org.peacerecord.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An amount of money in an ISO 4217 currency, with its qualifier ("close to US$90 million"). */
@Embeddable
public class Money {

    @Column(name = "amount", precision = 19, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "qualifier", length = 20)
    private Qualifier qualifier;

    protected Money() {
    }

    public Money(BigDecimal amount, String currency, Qualifier qualifier) {
        if (Objects.requireNonNull(amount, "amount").signum() < 0) {
            throw new IllegalArgumentException("An amount cannot be negative");
        }
        this.amount = amount;
        this.currency = Currency.getInstance(Objects.requireNonNull(currency, "currency")).getCurrencyCode();
        this.qualifier = Objects.requireNonNull(qualifier, "qualifier");
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public Qualifier getQualifier() {
        return qualifier;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && amount != null && other.amount != null
                && amount.compareTo(other.amount) == 0 && Objects.equals(currency, other.currency)
                && qualifier == other.qualifier;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount == null ? null : amount.stripTrailingZeros(), currency, qualifier);
    }

    @Override
    public String toString() {
        return qualifier + " " + currency + " " + amount;
    }
}
