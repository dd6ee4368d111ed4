package org.peacerecord.admin.form;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.DateTimeException;
import java.time.LocalDate;

/** A partial date is empty, or a year (1900–2100), a month of it, or a real day of that month. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPartialDate.Validator.class)
public @interface ValidPartialDate {

    String message() default "{admin.validation.date}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidPartialDate, PartialDateInput> {

        @Override
        public boolean isValid(PartialDateInput date, ConstraintValidatorContext context) {
            if (date == null || date.isEmpty()) {
                return true;
            }
            if (date.getYear() == null) {
                return Violations.reject(context, "year", "{admin.validation.date.yearMissing}");
            }
            if (date.getYear() < PartialDateInput.MIN_YEAR || date.getYear() > PartialDateInput.MAX_YEAR) {
                return Violations.reject(context, "year", "{admin.validation.date.year}");
            }
            if (date.getMonth() != null && (date.getMonth() < 1 || date.getMonth() > 12)) {
                return Violations.reject(context, "month", "{admin.validation.date.month}");
            }
            if (date.getDay() != null) {
                if (date.getMonth() == null) {
                    return Violations.reject(context, "month", "{admin.validation.date.monthMissing}");
                }
                try {
                    LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
                } catch (DateTimeException e) {
                    return Violations.reject(context, "day", "{admin.validation.date.day}");
                }
            }
            return true;
        }
    }
}
