package org.peacerecord.training;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.support.Pages.html;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The map of trainings by host country on /trainings: drawn for the page's filters, the same numbers as the table
 * beside it, each country linking to its trainings with the filters kept; the country filter works on the list, the
 * downloads and the API alike.
 */
@PostgresTest
class TrainingMapTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRecords records;

    @AfterEach
    void tearDown() {
        records.deleteCreated();
    }

    private Document page(String url) throws Exception {
        return html(mvc.perform(get(url)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void theMapAndItsTableCountTheFilteredTrainingsByHostCountry() throws Exception {
        String token = TestRecords.unique();
        records.training(token + " a").region("eastern-africa").inYear(2096).country("Kenya").save();
        records.training(token + " b").region("eastern-africa").inYear(2096).country("Kenya; Uganda").save();
        records.training(token + " c").region("eastern-africa").inYear(2096).country("Online (remote)").save();
        records.training(token + " d").region("eastern-africa").inYear(2095).country("Kenya").save();

        Document page = page("/trainings?year=2096");
        Element map = page.selectFirst("#training-map-heading + .row svg.world-map-svg");
        assertThat(map).isNotNull();
        assertThat(map.attr("role")).isEqualTo("group");
        assertThat(map.select("title").first().text()).isEqualTo("Trainings by host country");
        assertThat(map.select("desc").text()).contains("2 host countries");

        Map<String, String> areas = new LinkedHashMap<>();
        map.select("a.map-link").forEach(a -> areas.put(a.attr("aria-label"), a.attr("href")));
        assertThat(areas).containsOnlyKeys("Kenya: 2 trainings", "Uganda: 1 training");
        assertThat(areas.get("Kenya: 2 trainings")).isEqualTo("/trainings?year=2096&country=404");
        assertThat(map.select("a.map-link path.map-bin-2")).hasSize(1);
        assertThat(map.select("a.map-link path.map-bin-1")).hasSize(1);
        // the rest of the land comes from one static file the browser keeps, not from the page
        assertThat(map.select("path")).hasSize(2);
        String land = map.selectFirst("use.map-area").attr("href");
        assertThat(land).matches("/maps/world-[0-9a-f]{32}\\.svg#land");
        MockHttpServletResponse file = mvc.perform(get(land.substring(0, land.indexOf('#'))))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(file.getContentType()).startsWith("image/svg+xml");
        assertThat(file.getHeader("Cache-Control")).contains("immutable");
        assertThat(file.getContentAsString()).contains("<g id=\"land\">");

        Map<String, String> table = new LinkedHashMap<>();
        page.select(".map-table tbody tr").forEach(row -> table.put(row.selectFirst("th").text(), row.selectFirst("td").text()));
        assertThat(table).containsExactly(Map.entry("Kenya", "2"), Map.entry("Uganda", "1"));
        assertThat(page.select(".map-table a").eachAttr("href")).containsExactlyElementsOf(areas.values());
        assertThat(page.select(".map-disclaimer").text()).contains("do not imply official endorsement");

        Document kenya = page(areas.get("Kenya: 2 trainings"));
        assertThat(kenya.select(".training-result h3").eachText()).containsExactlyInAnyOrder(token + " a", token + " b");
        assertThat(kenya.select("#filter-country option[selected]").text()).isEqualTo("Kenya (2)");
        // the map still shows every country under the other filters, with the links keeping them
        assertThat(kenya.select("svg.world-map-svg a.map-link")).hasSize(2);

        String csv = mvc.perform(get("/trainings.csv?year=2096&country=800")).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains(token + " b").doesNotContain(token + " a");
        assertThat(mvc.perform(get("/api/v1/trainings?year=2096&country=404")).andReturn().getResponse()
                .getContentAsString()).contains("\"total\":2");
    }

    @Test
    void anUnknownCountryIsABadRequestAndTheJapanesePageNamesCountriesInJapanese() throws Exception {
        mvc.perform(get("/trainings?country=999")).andExpect(status().isBadRequest());
        mvc.perform(get("/trainings?country=kenya")).andExpect(status().isBadRequest());
        String token = TestRecords.unique();
        records.training(token).region("eastern-africa").inYear(2094).country("Kenya").save();
        Document page = page("/ja/trainings?year=2094");
        assertThat(page.select("svg.world-map-svg a.map-link").eachAttr("aria-label")).containsExactly("ケニア：研修1件");
        assertThat(page.select(".map-table tbody th").eachText()).containsExactly("ケニア");
        assertThat(page.select(".map-disclaimer").text()).contains("国際連合");
    }

    @Test
    void noMapWhenNoTrainingHasACountry() throws Exception {
        String token = TestRecords.unique();
        records.training(token).region("eastern-africa").inYear(2093).country("Online (remote)").save();
        Document page = page("/trainings?year=2093");
        assertThat(page.select("svg.world-map-svg")).isEmpty();
        assertThat(page.select(".training-result h3").eachText()).containsExactly(token);
    }
}
