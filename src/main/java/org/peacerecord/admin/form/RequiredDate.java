package org.peacerecord.admin.form;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The partial date must be given (at least its year). */
@Target({ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RequiredDate.Validator.class)
public @interface RequiredDate {

    String message() default "{admin.validation.date.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<RequiredDate, PartialDateInput> {
        @Override
        public boolean isValid(PartialDateInput date, ConstraintValidatorContext context) {
            return date != null && !date.isEmpty();
        }
    }
}
