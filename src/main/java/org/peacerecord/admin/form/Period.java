package org.peacerecord.admin.form;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.peacerecord.shared.PartialDate;
import org.springframework.beans.BeanWrapperImpl;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * The start of a period falls before the end of its end's period: "6 March 2017 – March 2017" is fine,
 * "2019 – 2018" is not. The same rule as the schema's period checks, so the database never has to refuse.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Period.Validator.class)
public @interface Period {

    String start();

    String end();

    String message() default "{admin.validation.period}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Period, Object> {

        private String start;
        private String end;

        @Override
        public void initialize(Period annotation) {
            start = annotation.start();
            end = annotation.end();
        }

        @Override
        public boolean isValid(Object form, ConstraintValidatorContext context) {
            BeanWrapperImpl bean = new BeanWrapperImpl(form);
            PartialDate from = date(bean.getPropertyValue(start));
            PartialDate to = date(bean.getPropertyValue(end));
            if (from == null || to == null || from.getDate().isBefore(endOf(to))) {
                return true;
            }
            return Violations.reject(context, end, context.getDefaultConstraintMessageTemplate());
        }

        private static PartialDate date(Object input) {
            return input instanceof PartialDateInput partial ? partial.toPartialDate() : null;
        }

        private static LocalDate endOf(PartialDate date) {
            return switch (date.getPrecision()) {
                case YEAR -> date.getDate().plusYears(1);
                case MONTH -> date.getDate().plusMonths(1);
                case DAY -> date.getDate().plusDays(1);
            };
        }
    }
}
