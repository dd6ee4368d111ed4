package org.peacerecord.training;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacerecord.contribution.Contribution;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.mission.Mission;
import org.peacerecord.region.Region;
import org.peacerecord.support.Instances;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.support.QueryCounter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the cache of whole-data aggregations on, as in production: a list's total and facet counts are computed once
 * per change of the data (a repeat view of the trainings list runs only its page's statements), and a save changes
 * them on the very next request.
 */
class ListCountsPerDataVersionTest {

    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        app = Instances.start("--peace-record.data-cache.enabled=true");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aRepeatViewOfATrainingsListSkipsItsCountsUntilATrainingMoves() throws Exception {
        QueryCounter counter = new QueryCounter(app.getBean(EntityManagerFactory.class));
        String page = "/trainings?region=eastern-africa&sort=title";
        long first = counter.count(() -> assertThat(get(page).statusCode()).isEqualTo(200));
        long repeat = counter.count(() -> assertThat(get(page).statusCode()).isEqualTo(200));
        assertThat(first - repeat).as("the total and the six facets' counts, kept").isEqualTo(7);

        String api = "/api/v1/trainings?region=eastern-africa";
        long before = total(api);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        long trainingId = jdbc.queryForObject("SELECT MIN(t.id) FROM training t JOIN region r ON r.id = t.region_id"
                + " WHERE r.code = 'eastern-africa'", Long.class);
        long europe = jdbc.queryForObject("SELECT id FROM region WHERE code = 'europe'", Long.class);
        long easternAfrica = jdbc.queryForObject("SELECT id FROM region WHERE code = 'eastern-africa'", Long.class);
        try {
            moveTraining(trainingId, europe);
            assertThat(counter.count(() -> get(page))).as("counted again on the very next request").isEqualTo(first);
            assertThat(total(api)).as("the API's list shares the page's counts").isEqualTo(before - 1);
        } finally {
            moveTraining(trainingId, easternAfrica);
        }
        assertThat(total(api)).isEqualTo(before);
    }

    @Test
    void aContributionListsTotalFollowsAChangeOfKind() throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        long contributionId = jdbc.queryForObject("SELECT MIN(id) FROM contribution WHERE kind = 'FINANCIAL'",
                Long.class);
        String api = "/api/v1/contributions?kind=FINANCIAL";
        long before = total(api);
        assertThat(total(api)).isEqualTo(before);
        try {
            changeKind(contributionId, ContributionKind.POLICY);
            assertThat(total(api)).isEqualTo(before - 1);
        } finally {
            changeKind(contributionId, ContributionKind.FINANCIAL);
        }
        assertThat(total(api)).isEqualTo(before);
    }

    @Test
    void theSitemapIndexCountsTheRecordsOncePerChangeOfTheData() throws Exception {
        QueryCounter counter = new QueryCounter(app.getBean(EntityManagerFactory.class));
        // the counts may already be kept from another test's overview: a change of the data starts afresh
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        long contributionId = jdbc.queryForObject("SELECT MIN(id) FROM contribution WHERE kind = 'FINANCIAL'",
                Long.class);
        try {
            changeKind(contributionId, ContributionKind.POLICY);
            assertThat(counter.count(() -> assertThat(get("/sitemap.xml").statusCode()).isEqualTo(200)))
                    .as("every type counted in one statement").isEqualTo(1);
            assertThat(counter.count(() -> get("/sitemap.xml"))).as("kept for the next reader").isZero();
        } finally {
            changeKind(contributionId, ContributionKind.FINANCIAL);
        }
        assertThat(counter.count(() -> get("/sitemap.xml"))).as("counted again after the change").isEqualTo(1);
    }

    @Test
    void theThemesCountsAreKeptUntilALinkChanges() throws Exception {
        QueryCounter counter = new QueryCounter(app.getBean(EntityManagerFactory.class));
        long first = counter.count(() -> assertThat(get("/themes").statusCode()).isEqualTo(200));
        long repeat = counter.count(() -> assertThat(get("/themes").statusCode()).isEqualTo(200));
        assertThat(first - repeat).as("contributions and trainings per theme, kept").isEqualTo(2);

        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        long contributionId = jdbc.queryForObject("""
                SELECT MIN(c.id) FROM contribution c WHERE NOT EXISTS (SELECT 1 FROM contribution_theme ct
                JOIN a4p_theme t ON t.id = ct.theme_id WHERE ct.contribution_id = c.id AND t.code = 'protection')""",
                Long.class);
        long before = contributionCount("protection");
        EntityManager em = app.getBean(EntityManager.class);
        TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
        Set<A4pTheme> themes = new HashSet<>();
        try {
            transactions.executeWithoutResult(status -> {
                Contribution contribution = em.find(Contribution.class, contributionId);
                themes.addAll(contribution.getThemes());
                Set<A4pTheme> more = new HashSet<>(themes);
                more.add(em.createQuery("select t from A4pTheme t where t.code = 'protection'", A4pTheme.class)
                        .getSingleResult());
                contribution.replaceThemes(more);
            });
            assertThat(contributionCount("protection")).as("counted again on the very next request")
                    .isEqualTo(before + 1);
        } finally {
            transactions.executeWithoutResult(status -> em.find(Contribution.class, contributionId)
                    .replaceThemes(new HashSet<>(themes.stream().map(t -> em.find(A4pTheme.class, t.getId()))
                            .toList())));
        }
        assertThat(contributionCount("protection")).isEqualTo(before);
    }

    @Test
    void theOverviewsMapAndTheTimelinesDrawingFollowAMissionsChangeOnTheNextRequest() throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        long untac = jdbc.queryForObject("SELECT id FROM mission WHERE acronym = 'UNTAC'", Long.class);
        assertThat(get("/").body()).contains("UNTAC").doesNotContain("UNTACX");
        assertThat(drawing(get("/timeline").body())).contains("UNTAC").doesNotContain("UNTACX");
        try {
            renameMission(untac, "UNTACX");
            assertThat(get("/").body()).as("the overview's map of missions").contains("UNTACX");
            assertThat(drawing(get("/timeline").body())).as("the timeline's lane of missions").contains("UNTACX");
        } finally {
            renameMission(untac, "UNTAC");
        }
        assertThat(get("/").body()).doesNotContain("UNTACX");
        assertThat(drawing(get("/timeline").body())).doesNotContain("UNTACX");
    }

    /** The timeline's drawing: its SVG element. */
    private static String drawing(String page) {
        int start = page.indexOf("<svg xmlns=");
        assertThat(start).as("the drawing").isNotNegative();
        return page.substring(start, page.indexOf("</svg>", start));
    }

    private static void renameMission(long id, String acronym) {
        EntityManager em = app.getBean(EntityManager.class);
        app.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                em.find(Mission.class, id).setAcronym(acronym));
    }

    /** The number of contributions linked to a theme, as the themes' download gives it. */
    private static long contributionCount(String code) throws Exception {
        HttpResponse<String> response = get("/themes.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new StringReader(response.body()))) {
            if (row.get("code").equals(code)) {
                return Long.parseLong(row.get("contribution_count"));
            }
        }
        throw new AssertionError("No theme " + code + " in " + response.body());
    }

    private static void moveTraining(long id, long regionId) {
        EntityManager em = app.getBean(EntityManager.class);
        app.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                em.find(Training.class, id).setRegion(em.getReference(Region.class, regionId)));
    }

    private static void changeKind(long id, ContributionKind kind) {
        EntityManager em = app.getBean(EntityManager.class);
        app.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                em.find(Contribution.class, id).setKind(kind));
    }

    private static long total(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).isEqualTo(200);
        Matcher total = TOTAL.matcher(response.body());
        assertThat(total.find()).as(response.body()).isTrue();
        return Long.parseLong(total.group(1));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + Instances.port(app) + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
