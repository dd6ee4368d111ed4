package org.peacerecord.admin.form;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import org.peacerecord.shared.Qualifier;
import org.peacerecord.shared.Quantity;

/** A whole number with its qualifier ("over 7,000"); no number means no quantity. */
public class QuantityInput {

    @PositiveOrZero(message = "{admin.validation.notNegative}")
    @Max(value = 1_000_000_000_000L, message = "{admin.validation.tooLarge}")
    private Long value;

    private Qualifier qualifier = Qualifier.EXACT;

    public static QuantityInput of(Quantity quantity) {
        QuantityInput input = new QuantityInput();
        if (quantity != null && quantity.getValue() != null) {
            input.value = quantity.getValue();
            input.qualifier = quantity.getQualifier();
        }
        return input;
    }

    public Quantity toQuantity() {
        return value == null ? null : new Quantity(value, qualifier == null ? Qualifier.EXACT : qualifier);
    }

    public Long getValue() {
        return value;
    }

    public void setValue(Long value) {
        this.value = value;
    }

    public Qualifier getQualifier() {
        return qualifier;
    }

    public void setQualifier(Qualifier qualifier) {
        this.qualifier = qualifier;
    }
}
