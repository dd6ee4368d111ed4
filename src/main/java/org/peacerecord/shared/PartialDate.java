package org.peacerecord.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A date known only to a given precision: "2021" (YEAR), "December 2021" (MONTH) or
 * "19 May 2022" (DAY). The stored date is the first day of the period; finer parts are
 * meaningless and are never shown.
 */
@Embeddable
public class PartialDate implements Comparable<PartialDate> {

    @Column(name = "date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "precision", length = 5)
    private DatePrecision precision;

    protected PartialDate() {
    }

    public PartialDate(LocalDate date, DatePrecision precision) {
        this.precision = Objects.requireNonNull(precision, "precision");
        this.date = truncate(Objects.requireNonNull(date, "date"), precision);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static PartialDate ofDay(LocalDate day) {
        return new PartialDate(day, DatePrecision.DAY);
    }

    /**
     * Parses an ISO date cut to its precision ("2019", "2019-10", "2019-10-07").
     *
     * @throws IllegalArgumentException if the text is not such a date
     */
    public static PartialDate parse(String text) {
        String value = text == null ? "" : text.trim();
        try {
            return switch (value.length()) {
                case 4 -> ofYear(Integer.parseInt(value));
                case 7 -> {
                    YearMonth ym = YearMonth.parse(value);
                    yield ofMonth(ym.getYear(), ym.getMonthValue());
                }
                case 10 -> ofDay(LocalDate.parse(value));
                default -> throw new IllegalArgumentException("Not a partial date: '" + value + "'");
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("Not a partial date: '" + value + "'", e);
        }
    }

    private static LocalDate truncate(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case YEAR -> date.withDayOfYear(1);
            case MONTH -> date.withDayOfMonth(1);
            case DAY -> date;
        };
    }

    public LocalDate getDate() {
        return date;
    }

    public DatePrecision getPrecision() {
        return precision;
    }

    public int getYear() {
        return date.getYear();
    }

    /** The ISO form cut to the precision: "2021", "2021-12", "2021-12-07". */
    public String toIsoString() {
        return switch (precision) {
            case YEAR -> String.valueOf(date.getYear());
            case MONTH -> YearMonth.from(date).toString();
            case DAY -> date.toString();
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : precision.compareTo(other.precision);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate other && Objects.equals(date, other.date) && precision == other.precision;
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, precision);
    }

    @Override
    public String toString() {
        return toIsoString();
    }
}
