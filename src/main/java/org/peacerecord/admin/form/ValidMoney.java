package org.peacerecord.admin.form;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An amount needs an ISO 4217 currency. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidMoney.Validator.class)
public @interface ValidMoney {

    String message() default "{admin.validation.currency}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidMoney, MoneyInput> {
        @Override
        public boolean isValid(MoneyInput money, ConstraintValidatorContext context) {
            if (money == null || money.getAmount() == null || Currencies.isCurrency(money.getCurrency())) {
                return true;
            }
            return Violations.reject(context, "currency", context.getDefaultConstraintMessageTemplate());
        }
    }

}
