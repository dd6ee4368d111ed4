package org.peacerecord.admin.history;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestRecords;
import org.peacerecord.training.Training;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A record's errata trail is public: what changed and when, without the editors' names; linked from its page. */
@PostgresTest
class PublicHistoryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRecords records;

    @Autowired
    jakarta.persistence.EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void tearDown() {
        records.deleteCreated();
    }

    @Test
    void aCorrectionIsShownWithWhatItChangedAndNoEditorsName() throws Exception {
        String title = TestRecords.unique("Corrected course");
        Training training = records.training(title).region("middle-africa").inYear(2093).save();
        transactions.executeWithoutResult(status ->
                entityManager.find(Training.class, training.getId()).setTitle(title + " (corrected)"));

        Document record = Jsoup.parse(mvc.perform(get("/trainings/" + training.getId())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        String href = record.select(".record-cite a[href^=/history]").attr("href");
        assertThat(href).isEqualTo("/history?record=TRAINING-" + training.getId());

        MockHttpServletResponse response = mvc.perform(get(href)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("h1").text()).isEqualTo("Changes to " + title + " (corrected)");
        assertThat(page.select(".revision td.before del").eachText()).contains(title);
        assertThat(page.select(".revision td.after ins").eachText()).contains(title + " (corrected)");
        assertThat(page.text()).doesNotContain("by system").doesNotContain("system,");
        assertThat(page.select("a[href=/trainings/" + training.getId() + "]")).isNotEmpty();
    }

    @Test
    void unknownRecordsAre404() throws Exception {
        for (String ref : new String[]{"TRAINING-999999999", "NOPE-1", "x"}) {
            assertThat(mvc.perform(get("/history?record=" + ref)).andReturn().getResponse().getStatus()).as(ref)
                    .isEqualTo(404);
        }
    }
}
