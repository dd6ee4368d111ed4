package org.peacerecord.admin.form;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.peacerecord.country.Countries;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;

/** Countries chosen in a country picker: each a UN M49 code of the bundled list ({@link Countries}). */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CountryCodes.Validator.class)
public @interface CountryCodes {

    String message() default "{admin.validation.countries}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CountryCodes, Collection<String>> {
        @Override
        public boolean isValid(Collection<String> codes, ConstraintValidatorContext context) {
            return codes == null || codes.stream().allMatch(Countries.all()::exists);
        }
    }
}
