package org.peacerecord.figure;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Qualifier;
import org.peacerecord.shared.SearchText;
import org.peacerecord.source.SearchableRecord;

import java.math.BigDecimal;
import java.util.Locale;

/** A headline number with its qualifier and "as of" date: "over 107,000 personnel". */
@Entity
@Audited
@AssociationOverride(name = "citations",
        joinTable = @JoinTable(name = "key_figure_citation", joinColumns = @JoinColumn(name = "key_figure_id")))
@Table(name = "key_figure")
public class KeyFigure extends SearchableRecord {

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Column(nullable = false, length = 300)
    private String label;

    @Column(name = "label_ja", length = 300)
    private String labelJa;

    @Column(name = "figure_value", nullable = false, precision = 19, scale = 2)
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Qualifier qualifier;

    @Column(length = 100)
    private String unit;

    /** ISO 4217 code when the figure is an amount of money, else null. */
    @Column(length = 3)
    private String currency;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "as_of_date", nullable = false)),
            @AttributeOverride(name = "precision", column = @Column(name = "as_of_precision", nullable = false))})
    private PartialDate asOf;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;


    protected KeyFigure() {
    }

    public KeyFigure(String code, String label, BigDecimal value, Qualifier qualifier, PartialDate asOf) {
        this.code = code;
        this.label = label;
        this.value = value;
        this.qualifier = qualifier;
        this.asOf = asOf;
    }

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

    public String getDisplayLabel(Locale locale) {
        return "ja".equals(locale.getLanguage()) && labelJa != null && !labelJa.isBlank() ? labelJa : label;
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

    public PartialDate getAsOf() {
        return asOf;
    }

    public void setAsOf(PartialDate asOf) {
        this.asOf = asOf;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    /** The normalised text the search finds this record by. */
    @Override
    public String computeSearchText() {
        return SearchText.of(label, labelJa, unit);
    }
}
