package org.peacerecord.admin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.admin.AdminFixtures.page;
import static org.peacerecord.admin.AdminFixtures.postForm;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Editors place records in countries with a picker of the UN M49 list; a place the source named that matched no
 * country is listed for them at /admin/countries and shown on the record's form until they choose its countries.
 */
@PostgresTest
class CountryPickerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    AdminFixtures fixtures;
    AdminFixtures.Type trainings;

    @BeforeEach
    void setUp() {
        fixtures = new AdminFixtures(mvc, jdbc);
        trainings = AdminFixtures.types(jdbc).stream().filter(t -> t.path().equals("trainings")).findFirst()
                .orElseThrow();
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    private List<String> codes(long trainingId) {
        return jdbc.queryForList("SELECT country_code FROM training_country WHERE training_id = ? ORDER BY 1",
                String.class, trainingId);
    }

    @Test
    void theFormOffersEveryCountryByNameAndSavesTheCodesChosen() throws Exception {
        Document form = Jsoup.parse(mvc.perform(page("/admin/trainings/new")).andReturn().getResponse()
                .getContentAsString());
        assertThat(form.select("select#countries[multiple]")).hasSize(1);
        assertThat(form.select("select#countries option")).hasSizeGreaterThan(240);
        assertThat(form.select("select#countries option[value=404]").text()).isEqualTo("Kenya");
        assertThat(form.select("label[for=countries]").text()).isEqualTo("Country");

        MultiValueMap<String, String> valid = trainings.validForm().apply(AdminFixtures.unique());
        long id = fixtures.create(trainings, valid);
        assertThat(codes(id)).containsExactly("404", "800");
        Document edit = Jsoup.parse(mvc.perform(page("/admin/trainings/" + id + "/edit")).andReturn().getResponse()
                .getContentAsString());
        assertThat(edit.select("select#countries option[selected]").eachAttr("value")).containsExactly("404", "800");
        assertThat(edit.select("#countries-chosen").text()).isEqualTo("Chosen: Kenya; Uganda");

        Document japanese = Jsoup.parse(mvc.perform(page("/admin/trainings/new?lang=ja")).andReturn().getResponse()
                .getContentAsString());
        assertThat(japanese.select("select#countries option[value=404]").text()).isEqualTo("ケニア");
    }

    @Test
    void aPlaceThatMatchedNoCountryIsListedUntilAnEditorChoosesItsCountries() throws Exception {
        MultiValueMap<String, String> form = trainings.validForm().apply(AdminFixtures.unique());
        form.remove("countries");
        long id = fixtures.create(trainings, form);
        // as the migration or the import leaves a place it could not match
        jdbc.update("UPDATE training SET country = 'Atlantis' WHERE id = ?", id);

        Document list = Jsoup.parse(mvc.perform(page("/admin/countries")).andReturn().getResponse()
                .getContentAsString());
        assertThat(list.select("tbody tr:has(a[href=/admin/trainings/" + id + "/edit])").text())
                .contains(form.getFirst("title"), "Training", "Atlantis");
        Document edit = Jsoup.parse(mvc.perform(page("/admin/trainings/" + id + "/edit")).andReturn().getResponse()
                .getContentAsString());
        assertThat(edit.select("#countries-unmatched").text()).contains("“Atlantis”");

        form.set("version", String.valueOf(fixtures.version("training", id)));
        form.add("countries", "598");
        mvc.perform(postForm("/admin/trainings/" + id, form)).andExpect(redirectedUrl("/admin/trainings/" + id + "/edit"));
        assertThat(codes(id)).containsExactly("598");
        assertThat(jdbc.queryForObject("SELECT country FROM training WHERE id = ?", String.class, id)).isNull();
        assertThat(Jsoup.parse(mvc.perform(page("/admin/countries")).andReturn().getResponse().getContentAsString())
                .select("a[href=/admin/trainings/" + id + "/edit]")).isEmpty();
    }

    @Test
    void anUnknownCodeIsRefused() throws Exception {
        MultiValueMap<String, String> form = trainings.validForm().apply(AdminFixtures.unique());
        form.set("countries", "999");
        String page = mvc.perform(postForm("/admin/trainings", form)).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("#error-summary a[href=#countries]").text())
                .isEqualTo("Countries: Choose countries from the list.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM training WHERE title = ?", Integer.class,
                form.getFirst("title"))).isZero();
    }
}
