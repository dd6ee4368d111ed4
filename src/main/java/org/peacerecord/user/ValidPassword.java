package org.peacerecord.user;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A new password that meets {@link PasswordPolicy}; the message names the rule it breaks. */
@Documented
@Constraint(validatedBy = ValidPasswordValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@interface ValidPassword {

    String message() default "{password.tooShort}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
