package org.peacerecord.timeline;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.EmbeddedDatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The visual timeline on the embedded default (H2), the seed data: every combination of filters draws. */
@EmbeddedDatabaseTest
class TimelineOnH2Test {

    @Autowired
    MockMvc mvc;

    private Document page(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void everyCombinationOfFiltersDrawsTheTimelineOrSaysThereIsNothing() throws Exception {
        for (String kind : new String[]{"", "FINANCIAL", "TRAINING", "COURSE", "INITIATIVE", "MILESTONE"}) {
            for (String mission : new String[]{"", "UNMISS"}) {
                for (String theme : new String[]{"", "wps"}) {
                    for (String years : new String[]{"", "&from=2014&to=2022"}) {
                        String url = "/timeline?kind=" + kind + "&mission=" + mission + "&theme=" + theme + years;
                        Document doc = page(url);
                        boolean dated = !doc.select(".timeline-entry .timeline-entry-date").isEmpty();
                        assertThat(doc.select("svg.timeline-svg").size()).as(url).isEqualTo(dated ? 1 : 0);
                    }
                }
            }
        }
    }

    @Test
    void theDrawingAndTheListAgreeOnTheSeed() throws Exception {
        Document doc = page("/timeline?kind=MILESTONE&from=2014&to=2022");
        Set<String> listed = new HashSet<>(doc.select(".timeline-entry:has(.timeline-entry-date) h4 a").eachAttr("href"));
        Set<String> drawn = new HashSet<>(doc.select("svg a.mark:not(.mark-mission)").eachAttr("href"));
        assertThat(drawn).isNotEmpty().isEqualTo(listed).allSatisfy(href -> assertThat(href).startsWith("/milestones/"));
        assertThat(doc.select("svg .timeline-reference line")).hasSize(1);
        assertThat(page("/ja/timeline?kind=MILESTONE&from=2014&to=2022").select("svg a.mark-milestone").first()
                .attr("aria-label")).endsWith("— 出来事").contains("年");
    }
}
