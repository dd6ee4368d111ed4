package org.peacerecord.admin.form;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A citation row is either left empty (ignored) or complete: a passage row names its passage; a source
 * row has a title and a URL. Errors are reported on the missing field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {CompleteCitation.PassageValidator.class, CompleteCitation.SourceValidator.class})
public @interface CompleteCitation {

    String message() default "{admin.validation.citation.incomplete}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class PassageValidator implements ConstraintValidator<CompleteCitation, PassageCitationInput> {
        @Override
        public boolean isValid(PassageCitationInput row, ConstraintValidatorContext context) {
            if (row == null || row.isEmpty() || row.getNumber() != null) {
                return true;
            }
            return Violations.reject(context, "number", "{admin.validation.citation.passage}");
        }
    }

    class SourceValidator implements ConstraintValidator<CompleteCitation, SourceCitationInput> {
        @Override
        public boolean isValid(SourceCitationInput row, ConstraintValidatorContext context) {
            if (row == null || row.isEmpty()) {
                return true;
            }
            boolean valid = true;
            if (SourceCitationInput.blank(row.getTitle())) {
                valid = Violations.reject(context, "title", "{admin.validation.citation.title}");
            }
            if (SourceCitationInput.blank(row.getUrl())) {
                valid = Violations.reject(context, "url", "{admin.validation.citation.url}");
            }
            return valid;
        }
    }
}
