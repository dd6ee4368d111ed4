package org.peacerecord.admin.form;

import org.peacerecord.shared.DatePrecision;
import org.peacerecord.shared.PartialDate;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date as an editor types it: a year, optionally a month, optionally a day. What is filled in is
 * the precision ("2021" is YEAR, "2021-12" MONTH, "2021-12-07" DAY), so a date can never claim more
 * than the source says. Checked by {@link ValidPartialDate}.
 */
@ValidPartialDate
public class PartialDateInput {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    private Integer year;
    private Integer month;
    private Integer day;

    public PartialDateInput() {
    }

    public static PartialDateInput of(PartialDate date) {
        PartialDateInput input = new PartialDateInput();
        if (date != null && date.getDate() != null) {
            input.year = date.getYear();
            if (date.getPrecision() != DatePrecision.YEAR) {
                input.month = date.getDate().getMonthValue();
            }
            if (date.getPrecision() == DatePrecision.DAY) {
                input.day = date.getDate().getDayOfMonth();
            }
        }
        return input;
    }

    public boolean isEmpty() {
        return year == null && month == null && day == null;
    }

    /** The date at its precision, or null when nothing (or something impossible) was entered. */
    public PartialDate toPartialDate() {
        if (year == null || (day != null && month == null)) {
            return null;
        }
        try {
            if (month == null) {
                return PartialDate.ofYear(year);
            }
            if (day == null) {
                return PartialDate.ofMonth(year, month);
            }
            return PartialDate.ofDay(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Integer getMonth() {
        return month;
    }

    public void setMonth(Integer month) {
        this.month = month;
    }

    public Integer getDay() {
        return day;
    }

    public void setDay(Integer day) {
        this.day = day;
    }
}
