package org.peacerecord.admin.form;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Every record cites at least one passage of the statement or one external source. Reported on {@code passages}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Constraint(validatedBy = CitationRequired.Validator.class)
public @interface CitationRequired {

    String message() default "{admin.validation.citation.required}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CitationRequired, RecordForm> {
        @Override
        public boolean isValid(RecordForm form, ConstraintValidatorContext context) {
            return form == null || form.hasCitation()
                    || Violations.reject(context, "passages", context.getDefaultConstraintMessageTemplate());
        }
    }
}
