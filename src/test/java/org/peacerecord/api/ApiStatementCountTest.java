package org.peacerecord.api;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.mission.Mission;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.QueryCounter;
import org.peacerecord.support.TestRecords;
import org.peacerecord.training.Training;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The read API runs a fixed number of SQL statements per request, whatever the number of records (no N+1). */
@PostgresTest
class ApiStatementCountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    TestRecords records;

    @AfterEach
    void tearDown() {
        records.deleteCreated();
    }

    @Test
    void listsAndRecordsDoNotGrowWithTheData() throws Exception {
        String token = TestRecords.unique();
        Mission mission = records.mission(token, "Mission " + token);
        Training course = records.training(token + " course").region("western-africa").inYear(2097).mission(mission)
                .theme("wps").citingPassage(53).citingUrl("Source", "https://example.org/" + token).save();
        records.contributionTo(course, ContributionKind.TRAINING, token + " part");
        List<String> urls = List.of("/api/v1/trainings?region=africa&year=2097", "/api/v1/trainings/" + course.getId(),
                "/api/v1/contributions?mission=" + token, "/api/v1/missions", "/api/v1/missions/" + token,
                "/api/v1/people", "/api/v1/initiatives", "/api/v1/milestones", "/api/v1/figures", "/api/v1/themes",
                "/api/v1/themes/wps", "/api/v1/regions", "/api/v1/statement", "/api/v1/statement/passages/53");
        Map<String, Long> before = statements(urls);

        // More than the batch-fetch size (50), so that lazy loading in a loop would show.
        for (int i = 0; i < 60; i++) {
            Training more = records.training(token + " more " + i).region(i % 2 == 0 ? "western-africa" : "northern-africa")
                    .inYear(2097).mission(mission).theme("wps").theme("conduct").citingPassage(53 + i % 3)
                    .citingUrl("Source", "https://example.org/" + i).save();
            records.contributionTo(more, ContributionKind.TRAINING, token + " part " + i);
        }

        Map<String, Long> after = statements(urls);
        // a page of the records citing a passage reads each type on it once: fewer types on the page, fewer statements
        urls.forEach(url -> assertThat(after.get(url)).as(url).isPositive().isLessThanOrEqualTo(before.get(url)));
        after.keySet().stream().filter(url -> !url.startsWith("/api/v1/statement/passages/"))
                .forEach(url -> assertThat(after.get(url)).as(url).isEqualTo(before.get(url)));
        assertThat(before.values()).allMatch(count -> count <= 15);
    }

    private Map<String, Long> statements(List<String> urls) throws Exception {
        QueryCounter counter = new QueryCounter(entityManagerFactory);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String url : urls) {
            counts.put(url, counter.count(() -> mvc.perform(get(url)).andExpect(status().isOk())));
        }
        return counts;
    }
}
