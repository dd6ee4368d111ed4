package org.peacerecord.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peacerecord.database.DataVersion;
import org.peacerecord.mission.Mission;
import org.peacerecord.support.PostgresTest;
import org.peacerecord.support.QueryCounter;
import org.peacerecord.support.TestRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conditional GET of the public pages through the real servlet container on PostgreSQL: strong ETags per encoding
 * from the data version, 304 before any record is read, a committed change seen on the very next request, and no
 * validator or public caching for signed-in readers or responses that set a cookie. (The rendered-response cache
 * is off in the test profile; {@code PageCacheAcrossInstancesTest} runs applications with it on.)
 */
@PostgresTest
class HttpCachingTest {

    @LocalServerPort
    int port;

    @Autowired
    TestRecords records;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataVersion dataVersion;

    @Autowired
    EntityManager em;

    @Autowired
    MeterRegistry meters;

    @Test
    void a304IsCountedByThePageCacheNotObservedAsARequest() throws Exception {
        String tag = get("/missions").headers().firstValue("ETag").orElseThrow();
        double observed = observed304s();
        double counted = meters.counter(PageCache.ANSWERS_METER, "result", "not_modified").count();

        assertThat(get("/missions", "If-None-Match", tag).statusCode()).isEqualTo(304);

        assertThat(meters.counter(PageCache.ANSWERS_METER, "result", "not_modified").count()).isEqualTo(counted + 1);
        assertThat(observed304s()).isEqualTo(observed);
        assertThat(meters.find("http.server.requests").tag("uri", "/missions").timers()).as("the 200 before it")
                .isNotEmpty();
    }

    private double observed304s() {
        return meters.find("http.server.requests").tag("status", "304").timers().stream()
                .mapToDouble(timer -> timer.count()).sum();
    }

    @AfterEach
    void cleanUp() {
        records.deleteCreated();
    }

    @Test
    void anonymousPagesCarryAStrongTagPerEncodingAndAreRevalidatedOnEveryUse() throws Exception {
        HttpResponse<byte[]> plain = get("/trainings?region=africa");
        HttpResponse<byte[]> gzip = get("/trainings?region=africa", "Accept-Encoding", "gzip");

        String tag = plain.headers().firstValue("ETag").orElseThrow();
        assertThat(tag).matches("\"[0-9a-f]{24}\"");
        assertThat(gzip.headers().firstValue("ETag")).contains(tag.replace("\"", "").transform(t -> "\"" + t + "-gz\""));
        assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(unzip(gzip.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(gzip.body().length).isLessThan(plain.body().length / 3); // the map's outlines compress less than text
        for (HttpResponse<byte[]> response : java.util.List.of(plain, gzip)) {
            assertThat(response.headers().firstValue("Cache-Control")).contains("public, no-cache");
            assertThat(response.headers().allValues("Vary")).containsExactly("Accept-Encoding", "HX-Request", "Cookie");
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        }
        assertThat(get("/trainings?region=africa", "HX-Request", "true").headers().firstValue("ETag"))
                .isPresent().isNotEqualTo(java.util.Optional.of(tag));
        assertThat(get("/trainings?region=asia-pacific").headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(tag));
        assertThat(get("/trainings.csv?region=africa").headers().firstValue("ETag")).isPresent();
    }

    @Test
    void aKnownTagIsAnswered304WithoutReadingAnyRecord() throws Exception {
        String tag = get("/statement").headers().firstValue("ETag").orElseThrow();
        QueryCounter counter = new QueryCounter(entityManagerFactory);
        HttpResponse<byte[]>[] response = new HttpResponse[1];

        long statements = counter.count(() -> response[0] = get("/statement", "If-None-Match", tag));

        assertThat(response[0].statusCode()).isEqualTo(304);
        assertThat(response[0].body()).isEmpty();
        assertThat(response[0].headers().firstValue("ETag")).contains(tag);
        assertThat(statements).isZero();
        assertThat(get("/statement", "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
    }

    @Test
    void aCommittedChangeIsSeenOnTheVeryNextRequest() throws Exception {
        Mission mission = records.mission("ZC" + java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT),
                "Before the change");
        String path = "/missions/" + mission.getAcronym();
        HttpResponse<byte[]> before = get(path);
        String tag = before.headers().firstValue("ETag").orElseThrow();
        long version = dataVersion.current();

        transactions.executeWithoutResult(status -> em.find(Mission.class, mission.getId()).setName("After the change"));

        assertThat(dataVersion.current()).isGreaterThan(version);
        HttpResponse<byte[]> after = get(path, "If-None-Match", tag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(new String(after.body(), StandardCharsets.UTF_8)).contains("After the change");
        assertThat(after.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(tag));
    }

    @Test
    void signedInReadersAndCookieSettingResponsesAreNeverPublicOrValidated() throws Exception {
        HttpResponse<byte[]> withSession = get("/trainings?region=africa", "Cookie", "SESSION=0123456789ABCDEF");
        assertThat(withSession.headers().firstValue("ETag")).isEmpty();
        assertThat(withSession.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

        HttpResponse<byte[]> login = get("/login");
        assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty();
        assertThat(login.headers().firstValue("ETag")).isEmpty();
        assertThat(login.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

        HttpResponse<byte[]> missing = get("/missions/NO-SUCH-MISSION");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
    }

    @Test
    void japanesePagesLiveUnderJaAndSetNoCookie() throws Exception {
        HttpResponse<byte[]> japanese = get("/ja/trainings?region=africa");
        assertThat(japanese.statusCode()).isEqualTo(200);
        assertThat(japanese.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(japanese.headers().firstValue("ETag")).isPresent();
        Document page = Jsoup.parse(new String(japanese.body(), StandardCharsets.UTF_8));
        assertThat(page.select("html").attr("lang")).isEqualTo("ja");
        assertThat(page.select(".site-nav-sections a").eachAttr("href")).allMatch(href -> href.startsWith("/ja/"));
        assertThat(page.select("a[hreflang=en]").attr("href")).isEqualTo("/trainings?region=africa");
        assertThat(page.select("link[rel=alternate][hreflang=ja]").attr("href"))
                .isEqualTo("http://localhost:" + port + "/ja/trainings?region=africa");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).noneMatch(href -> href.startsWith("/ja/"));

        HttpResponse<byte[]> byParameter = get("/trainings?region=africa&lang=ja");
        assertThat(byParameter.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(Jsoup.parse(new String(byParameter.body(), StandardCharsets.UTF_8)).select("html").attr("lang"))
                .isEqualTo("ja");
        Document english = Jsoup.parse(new String(get("/trainings?region=africa").body(), StandardCharsets.UTF_8));
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("a[hreflang=ja]").attr("href")).isEqualTo("/ja/trainings?region=africa");
        assertThat(get("/ja").statusCode()).isEqualTo(200);
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String unzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
