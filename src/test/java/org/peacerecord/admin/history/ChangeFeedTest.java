package org.peacerecord.admin.history;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.TestRecords;
import org.peacerecord.training.Training;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The public change feed, parsed back with ROME: a new record is in the overall feed and its type's, not in others. */
@PostgresTest
class ChangeFeedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestRecords records;

    @Autowired
    jakarta.persistence.EntityManager entityManager;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @AfterEach
    void tearDown() {
        records.deleteCreated();
    }

    private SyndFeed feed(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        return new SyndFeedInput().build(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)));
    }

    private static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    @Test
    void aNewRecordIsInTheFeedWithALinkToItsPage() throws Exception {
        String title = TestRecords.unique("Fed course");
        Training training = records.training(title).region("middle-africa").inYear(2091).save();

        SyndFeed all = feed("/changes.atom");
        assertThat(all.getFeedType()).isEqualTo("atom_1.0");
        SyndEntry entry = all.getEntries().stream().filter(e -> e.getTitle().equals("Added: " + title)).findFirst()
                .orElseThrow();
        assertThat(entry.getLink()).isEqualTo("http://localhost/trainings/" + training.getId());
        assertThat(entry.getUpdatedDate()).isNotNull();
        assertThat(entry.getAuthor()).isEqualTo("Peace Operations Record");

        assertThat(titles(feed("/changes/training.atom"))).contains("Added: " + title);
        assertThat(titles(feed("/changes/mission.atom"))).doesNotContain("Added: " + title);
        assertThat(mvc.perform(get("/changes/nothing.atom")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void everyPageNamesTheFeed() throws Exception {
        String page = mvc.perform(get("/trainings")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Changes to the record (Atom)\" href=\"/changes.atom\">");
    }

    @Test
    void aChangedRecordsEntrySaysWhatChanged() throws Exception {
        String title = TestRecords.unique("Renamed course");
        Training training = records.training(title).region("middle-africa").inYear(2092).save();
        transactions.executeWithoutResult(status ->
                entityManager.find(Training.class, training.getId()).setTitle(title + " (corrected)"));

        SyndEntry changed = feed("/changes/training.atom").getEntries().stream()
                .filter(e -> e.getTitle().equals("Changed: " + title + " (corrected)")).findFirst().orElseThrow();
        assertThat(changed.getDescription().getValue()).contains(title + " → " + title + " (corrected)");
    }
}
