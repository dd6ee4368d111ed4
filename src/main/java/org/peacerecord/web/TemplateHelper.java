package org.peacerecord.web;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean that templates call by name as an expression object: {@code @TemplateHelper("fmt")} on a class makes
 * {@code ${#fmt.date(…)}} available in every template and fragment ({@link TemplateHelpers}). Calls through
 * {@code #name} are compiled by the SpEL compiler like any other expression; calls through a bean reference
 * ({@code @name}) never are, and were interpreted by reflection on every call (a fifth of a list page's rendering).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
public @interface TemplateHelper {

    /** The name templates use after {@code #}; also the bean's name. */
    @AliasFor(annotation = Component.class)
    String value();
}
