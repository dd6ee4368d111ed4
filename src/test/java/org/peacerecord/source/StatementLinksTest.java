package org.peacerecord.source;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every record link beside a paragraph of the statement leads somewhere real: the page answers 200
 * and, where the link names an anchor (a milestone on the timeline, a key figure on the overview),
 * that element exists on the page.
 */
@PostgresTest
class StatementLinksTest {

    @Autowired
    MockMvc mvc;

    @Test
    void everyCitingRecordLinkResolvesToAPageAndAnchor() throws Exception {
        Document statement = Jsoup.parse(body("/statement"));
        Set<String> links = new LinkedHashSet<>(statement.select(".passage-citing a[href]").eachAttr("href"));

        assertThat(links).as("record links on the statement page").hasSizeGreaterThan(50)
                .anyMatch(href -> href.startsWith("/milestones/"))
                .anyMatch(href -> href.startsWith("/figures/"));
        for (String href : links) {
            int hash = href.indexOf('#');
            String path = hash < 0 ? href : href.substring(0, hash);
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(href).isEqualTo(200);
            if (hash >= 0) {
                String anchor = href.substring(hash + 1);
                assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).getElementById(anchor))
                        .as("anchor of %s", href).isNotNull();
            }
        }
    }

    private String body(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
