package org.peacerecord.api;

import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller of the read API under {@value ApiResponses#BASE}: JSON only, errors as RFC 9457 problem details
 * ({@link ApiProblems}). Each feature keeps its own beside its pages' controller ({@code training.TrainingApi}) and
 * builds its answers with {@link ApiResponses}, so every record type is represented the same way.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
@ResponseBody
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
public @interface ApiController {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
