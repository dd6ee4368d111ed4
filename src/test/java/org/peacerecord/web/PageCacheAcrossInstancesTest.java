package org.peacerecord.web;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peacerecord.mission.Mission;
import org.peacerecord.support.Instances;
import org.peacerecord.support.QueryCounter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application on one PostgreSQL database, as in production, with the rendered-response cache
 * on: a repeat read is served from memory without a single SQL statement; after a save on one instance, that
 * instance serves the fresh page on its very next request and the other within a second; a signed-in reader and a
 * cookie-setting response never touch the cache.
 */
class PageCacheAcrossInstancesTest {

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static String acronym;
    private static long missionId;

    @BeforeAll
    static void startTwoInstances() {
        first = start();
        second = start();
        acronym = "ZX" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        jdbc.update("INSERT INTO mission (acronym, name, kind) VALUES (?, 'Cached mission', 'OFFICE')", acronym);
        missionId = jdbc.queryForObject("SELECT id FROM mission WHERE acronym = ?", Long.class, acronym);
        jdbc.update("INSERT INTO mission_citation (mission_id, position, passage_id) VALUES (?, 0,"
                + " (SELECT MIN(id) FROM passage))", missionId);
    }

    @AfterAll
    static void stop() {
        if (first != null) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            jdbc.update("DELETE FROM mission_citation WHERE mission_id = ?", missionId);
            jdbc.update("DELETE FROM mission WHERE id = ?", missionId);
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    private static ConfigurableApplicationContext start() {
        return Instances.start("--peace-record.page-cache.enabled=true");
    }

    @Test
    void aRepeatReadIsServedFromMemoryWithoutSql() throws Exception {
        String path = "/missions/" + acronym;
        HttpResponse<String> firstRead = get(second, path);
        QueryCounter counter = new QueryCounter(second.getBean(EntityManagerFactory.class));
        HttpResponse<String>[] repeat = new HttpResponse[1];

        long statements = counter.count(() -> repeat[0] = get(second, path));

        assertThat(statements).isZero();
        assertThat(repeat[0].body()).isEqualTo(firstRead.body());
        assertThat(repeat[0].headers().firstValue("ETag")).isEqualTo(firstRead.headers().firstValue("ETag"));
        assertThat(repeat[0].headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(second.getBean(PageCache.class).size()).isPositive();
    }

    @Test
    void aSaveIsSeenAtOnceWhereItWasMadeAndWithinASecondEverywhereElse() throws Exception {
        String path = "/missions/" + acronym;
        assertThat(get(first, path).body()).contains("Cached mission");
        assertThat(get(second, path).body()).contains("Cached mission");
        String renamed = "Renamed mission " + UUID.randomUUID();

        TransactionTemplate transactions = first.getBean(TransactionTemplate.class);
        EntityManager em = first.getBean(EntityManager.class);
        transactions.executeWithoutResult(status -> em.find(Mission.class, missionId).setName(renamed));
        long committed = System.nanoTime();

        assertThat(get(first, path).body()).as("the instance that saved").contains(renamed);
        long seenAfter;
        while (true) {
            if (get(second, path).body().contains(renamed)) {
                seenAfter = (System.nanoTime() - committed) / 1_000_000;
                break;
            }
            assertThat((System.nanoTime() - committed) / 1_000_000).as("the other instance within a second")
                    .isLessThan(1000);
            Thread.onSpinWait();
        }
        assertThat(seenAfter).isLessThan(1000);
    }

    @Test
    void aBurstOfReadersOfAPageNotYetCachedRendersItOnce() throws Exception {
        String once = "/timeline?mission=" + acronym;
        QueryCounter onFirst = new QueryCounter(first.getBean(EntityManagerFactory.class));
        long oneRendering = onFirst.count(() -> get(first, once));
        assertThat(oneRendering).isPositive();

        String path = "/timeline?mission=" + acronym + "&lang=en";
        QueryCounter onSecond = new QueryCounter(second.getBean(EntityManagerFactory.class));
        ExecutorService readers = Executors.newFixedThreadPool(12);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        long statements;
        try {
            CountDownLatch start = new CountDownLatch(1);
            statements = onSecond.count(() -> {
                for (int i = 0; i < 12; i++) {
                    answers.add(readers.submit(() -> {
                        start.await();
                        return get(second, path);
                    }));
                }
                start.countDown();
                for (Future<HttpResponse<String>> answer : answers) {
                    answer.get();
                }
            });
        } finally {
            readers.shutdown();
        }

        assertThat(statements).as("twelve simultaneous readers, one rendering").isLessThanOrEqualTo(oneRendering);
        String body = answers.get(0).get().body();
        for (Future<HttpResponse<String>> answer : answers) {
            assertThat(answer.get().statusCode()).isEqualTo(200);
            assertThat(answer.get().body()).isEqualTo(body);
        }
    }

    @Test
    void signedInReadersAndCookieSettingResponsesBypassTheCache() throws Exception {
        String path = "/missions/" + acronym;
        get(second, path);
        HttpResponse<String> signedIn = get(second, path, "Cookie", "SESSION=not-a-real-session");
        assertThat(signedIn.headers().firstValue("ETag")).isEmpty();
        assertThat(signedIn.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

        HttpResponse<String> login = get(second, "/login");
        HttpResponse<String> again = get(second, "/login");
        assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty();
        assertThat(again.headers().allValues("Set-Cookie")).isNotEmpty()
                .isNotEqualTo(login.headers().allValues("Set-Cookie"));
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext app, String path, String... headers)
            throws Exception {
        int port = Instances.port(app);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
