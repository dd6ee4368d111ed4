package org.peacerecord.admin.form;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import org.peacerecord.shared.Money;
import org.peacerecord.shared.Qualifier;

import java.math.BigDecimal;

/** An amount (NUMERIC, two decimals at most) in an ISO 4217 currency, with its qualifier. Checked by {@link ValidMoney}. */
@ValidMoney
public class MoneyInput {

    @DecimalMin(value = "0", message = "{admin.validation.notNegative}")
    @Digits(integer = 17, fraction = 2, message = "{admin.validation.money.digits}")
    private BigDecimal amount;

    private String currency;

    private Qualifier qualifier = Qualifier.EXACT;

    public static MoneyInput of(Money money) {
        MoneyInput input = new MoneyInput();
        if (money != null && money.getAmount() != null) {
            input.amount = money.getAmount();
            input.currency = money.getCurrency();
            input.qualifier = money.getQualifier();
        }
        return input;
    }

    public Money toMoney() {
        return amount == null ? null : new Money(amount, currency, qualifier == null ? Qualifier.EXACT : qualifier);
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Qualifier getQualifier() {
        return qualifier;
    }

    public void setQualifier(Qualifier qualifier) {
        this.qualifier = qualifier;
    }
}
