package org.peacerecord.web;

import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Templates call helper beans one way: as expression objects ({@code #fmt}), which the SpEL compiler compiles, never
 * as bean references ({@code @fmt}), which it never does (every call interpreted by reflection). The pages' own
 * tests show the helpers work in full pages and htmx fragments alike.
 */
class TemplateHelpersTest {

    /** A bean reference inside a variable or selection expression: {@code ${@fmt.date(…)}}, {@code (@fmt.x(…))}. */
    private static final Pattern BEAN_REFERENCE = Pattern.compile("[$*]\\{[^}]*?(?<![\\w.])@[a-zA-Z]\\w*\\.");

    @Test
    void noTemplateCallsAHelperThroughABeanReference() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file);
                Matcher m = BEAN_REFERENCE.matcher(text);
                while (m.find()) {
                    found.add(file + ": " + m.group());
                }
            }
        }
        assertThat(found).as("use #name (a @TemplateHelper) instead").isEmpty();
    }

    @Test
    void theCheckFindsABeanReference() {
        assertThat(BEAN_REFERENCE.matcher("th:text=\"${@fmt.date(x)}\"").find()).isTrue();
        assertThat(BEAN_REFERENCE.matcher("th:text=\"${#fmt.qualified(@fmt.number(v), q)}\"").find()).isTrue();
        assertThat(BEAN_REFERENCE.matcher("th:href=\"@{/x(a=${b})}\" th:text=\"${#fmt.date(x)}\"").find()).isFalse();
        assertThat(BEAN_REFERENCE.matcher("th:text=\"${user.email}\" data-x=\"a@example.org\"").find()).isFalse();
    }

    @Test
    void aHelperIsAComponentNamedAsTemplatesCallIt() {
        assertThat(AnnotatedElementUtils.findMergedAnnotation(RecordFormat.class, Component.class).value())
                .isEqualTo("fmt");
        assertThat(AnnotatedElementUtils.findMergedAnnotation(CurrentUrl.class, Component.class).value())
                .isEqualTo("urls");
    }
}
