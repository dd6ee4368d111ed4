package org.peacerecord.figure.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.peacerecord.admin.form.Iso4217;
import org.peacerecord.admin.form.PartialDateInput;
import org.peacerecord.admin.form.RecordForm;
import org.peacerecord.admin.form.RequiredDate;
import org.peacerecord.shared.Qualifier;

/** A key figure as the editor fills it in: a number with its qualifier, unit or currency, and as-of date. */
public class KeyFigureForm extends RecordForm {

    @NotBlank(message = "{admin.validation.required}")
    @Size(max = 60, message = "{admin.validation.size}")
    @Pattern(regexp = "[a-z0-9-]*", message = "{admin.validation.code}")
    private String code;

    @NotBlank(message = "{admin.validation.required}")
    @Size(max = 300, message = "{admin.validation.size}")
    private String label;

    @Size(max = 300, message = "{admin.validation.size}")
    private String labelJa;

    @NotNull(message = "{admin.validation.required}")
    @DecimalMin(value = "0", message = "{admin.validation.notNegative}")
    @Digits(integer = 17, fraction = 2, message = "{admin.validation.money.digits}")
    private BigDecimal value;

    @NotNull(message = "{admin.validation.choose}")
    private Qualifier qualifier = Qualifier.EXACT;

    @Size(max = 100, message = "{admin.validation.size}")
    private String unit;

    @Iso4217
    private String currency;

    @Valid
    @RequiredDate
    private PartialDateInput asOf = new PartialDateInput();

    @Min(value = 0, message = "{admin.validation.notNegative}")
    private Integer sortOrder = 0;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getLabelJa() {
        return labelJa;
    }

    public void setLabelJa(String labelJa) {
        this.labelJa = labelJa;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public Qualifier getQualifier() {
        return qualifier;
    }

    public void setQualifier(Qualifier qualifier) {
        this.qualifier = qualifier;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public PartialDateInput getAsOf() {
        return asOf;
    }

    public void setAsOf(PartialDateInput asOf) {
        this.asOf = asOf;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
