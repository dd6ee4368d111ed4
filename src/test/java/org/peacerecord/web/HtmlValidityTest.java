package org.peacerecord.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.peacerecord.support.HtmlValidator;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Rendered pages are valid HTML5 (Nu Html Checker), in both languages. */
@PostgresTest
@AutoConfigureMockMvc
class HtmlValidityTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?lang=ja"})
    void pagesAreValidHtml(String url) throws Exception {
        String html = mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(HtmlValidator.errors(html)).as(url).isEmpty();
    }
}
