package org.peacerecord.training;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.QueryCounter;
import org.peacerecord.support.TestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peacerecord.support.TestRecords.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The trainings pages run a small, fixed number of SQL statements: no N+1 as trainings are added. */
@PostgresTest
class TrainingStatementCountTest {

    /** Regions, count, page, and one grouped count for each of the six facets (the country's drives the map too). */
    static final long LIST_STATEMENTS = 9;
    /** The training with region, mission and themes; its citations with their passages; Japan's contributions to it. */
    static final long DETAIL_STATEMENTS = 3;
    /** Regions, the trainings with region and mission, their themes, their citations, their countries. */
    static final long DOWNLOAD_STATEMENTS = 5;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    TestRecords records;

    QueryCounter counter;

    @BeforeEach
    void setUp() {
        counter = new QueryCounter(entityManagerFactory);
    }

    @AfterEach
    void tearDown() {
        records.deleteCreated();
    }

    @Test
    void theListTheDetailAndTheDownloadsDoNotGrowWithTheNumberOfTrainings() throws Exception {
        Training one = records.training(unique("Counted")).region("western-africa").inYear(2098)
                .theme("wps").citingPassage(53).citingUrl("Source", "https://example.org/1").save();
        long list = statements("/trainings?region=africa&sort=date-asc");
        long filtered = statements("/trainings?region=africa&discipline=ENGINEERING&mode=IN_PERSON&year=2098&source=PUBLIC_RECORD");
        long detail = statements("/trainings/" + one.getId());
        long csv = statements("/trainings.csv?region=africa");
        long json = statements("/trainings.json");

        // More than the batch-fetch size (50), so that lazy loading in a loop would show.
        for (int i = 0; i < 60; i++) {
            records.training(unique("More " + i)).region(i % 2 == 0 ? "western-africa" : "northern-africa")
                    .inYear(2098).theme("wps").theme("conduct").citingPassage(53 + i % 3)
                    .citingUrl("Source", "https://example.org/" + i).save();
        }

        assertThat(list).isLessThanOrEqualTo(LIST_STATEMENTS);
        assertThat(filtered).isLessThanOrEqualTo(LIST_STATEMENTS);
        assertThat(detail).isLessThanOrEqualTo(DETAIL_STATEMENTS);
        assertThat(csv).isLessThanOrEqualTo(DOWNLOAD_STATEMENTS);
        assertThat(json).isLessThanOrEqualTo(DOWNLOAD_STATEMENTS);
        assertThat(statements("/trainings?region=africa&sort=date-asc")).isEqualTo(list);
        assertThat(statements("/trainings?region=africa&discipline=ENGINEERING&mode=IN_PERSON&year=2098&source=PUBLIC_RECORD"))
                .isEqualTo(filtered);
        assertThat(statements("/trainings/" + one.getId())).isEqualTo(detail);
        assertThat(statements("/trainings.csv?region=africa")).isEqualTo(csv);
        assertThat(statements("/trainings.json")).isEqualTo(json);
    }

    private long statements(String url) throws Exception {
        return counter.count(() -> mvc.perform(get(url)).andExpect(status().isOk()));
    }
}
