package org.peacerecord.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator used by the page tests really rejects invalid HTML. */
class HtmlValidatorTest {

    @Test
    void acceptsAValidDocument() {
        assertThat(HtmlValidator.errors("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head>"
                + "<body><main><h1>Hi</h1><div data-hx-get=\"/x\">x</div></main></body></html>")).isEmpty();
    }

    @Test
    void rejectsUnknownAttributesAndMissingTitle() {
        assertThat(HtmlValidator.errors("<!DOCTYPE html><html lang=\"en\"><head></head>"
                + "<body><div hx-get=\"/x\">x</div></body></html>"))
                .anyMatch(e -> e.contains("hx-get"))
                .anyMatch(e -> e.contains("title"));
    }
}
