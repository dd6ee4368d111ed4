package org.peacerecord.admin.form;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a class-level constraint's failure on one of the object's fields, so the form shows it there. */
final class Violations {

    private Violations() {
    }

    static boolean reject(ConstraintValidatorContext context, String field, String messageTemplate) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(messageTemplate).addPropertyNode(field).addConstraintViolation();
        return false;
    }
}
