package org.peacerecord.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.peacerecord.database.DataVersion;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.info.BuildProperties;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The response cache as a filter, without a server: what it keeps, and what it sends on as it is written because it
 * is larger than an entry (a large download must not be held in memory, neither to be kept nor to be gzipped).
 */
class PageCacheTest {

    final AtomicInteger renders = new AtomicInteger();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final PageCache cache = pageCache(true);

    @Test
    void aResponseLargerThanAnEntryGoesOutAsItIsWrittenGzippedAndTaggedButIsNotKept() throws Exception {
        String body = csv(cache.maxEntryBytes / 10 + 10_000);
        assertThat(body.length()).isGreaterThan(cache.maxEntryBytes);

        MockHttpServletResponse first = get("/contributions.csv", body, true, null);
        MockHttpServletResponse second = get("/contributions.csv", body, true, null);

        assertThat(renders).hasValue(2);
        assertThat(cache.size()).isZero();
        for (MockHttpServletResponse response : new MockHttpServletResponse[]{first, second}) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
            assertThat(response.getHeader("ETag")).matches("\"[0-9a-f]{24}-gz\"");
            assertThat(response.getHeader("Cache-Control")).isEqualTo(PageCache.CACHE_CONTROL);
            assertThat(response.getHeader("Content-Length")).isNull();
            assertThat(unzip(response.getContentAsByteArray())).isEqualTo(body);
        }
        assertThat(first.getContentAsByteArray().length).isLessThan(body.length() / 5);
        assertThat(first.getHeader("ETag")).isEqualTo(second.getHeader("ETag"));
    }

    @Test
    void aLargeResponseToAReaderWithoutGzipGoesOutUnchangedWithTheIdentityTag() throws Exception {
        String body = csv(cache.maxEntryBytes / 10 + 10_000);

        MockHttpServletResponse response = get("/contributions.csv", body, false, null);

        assertThat(response.getHeader("Content-Encoding")).isNull();
        assertThat(response.getHeader("ETag")).matches("\"[0-9a-f]{24}\"");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(body);
    }

    @Test
    void aLargeResponseThatSetsACookieIsNeitherTaggedNorPublic() throws Exception {
        String body = csv(cache.maxEntryBytes / 10 + 10_000);

        MockHttpServletResponse response = get("/contributions.csv", body, true, new Cookie("made", "here"));

        assertThat(response.getHeader("ETag")).isNull();
        assertThat(response.getHeader("Cache-Control")).isNull();
        assertThat(response.getHeader("Content-Encoding")).isNull();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(body);
    }

    @Test
    void aResponseWithinAnEntryIsKeptAndReplayedWithItsLength() throws Exception {
        String body = csv(1_000);

        MockHttpServletResponse first = get("/contributions.csv", body, false, null);
        MockHttpServletResponse second = get("/contributions.csv", body, true, null);

        assertThat(renders).hasValue(1);
        assertThat(cache.size()).isOne();
        assertThat(first.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(first.getContentLength()).isEqualTo(body.length());
        assertThat(unzip(second.getContentAsByteArray())).isEqualTo(body);
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag").replace("\"", "").transform(t -> "\"" + t + "-gz\""));
    }

    @Test
    void aResponseIsKeptGzippedOnlyAndSentUnzippedWithItsLengthToAReaderWithoutGzip() throws Exception {
        String body = csv(5_000);

        MockHttpServletResponse zipped = get("/contributions.csv", body, true, null);
        MockHttpServletResponse plain = get("/contributions.csv", body, false, null);
        MockHttpServletRequest headRequest = new MockHttpServletRequest("HEAD", "/contributions.csv");
        MockHttpServletResponse head = new MockHttpServletResponse();
        cache.doFilter(headRequest, head, new MockFilterChain());

        assertThat(renders).hasValue(1);
        assertThat(cache.keptBytes()).isLessThan(body.length() / 5);
        assertThat(unzip(zipped.getContentAsByteArray())).isEqualTo(body);
        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(plain.getHeader("ETag")).isEqualTo(zipped.getHeader("ETag").replace("-gz", ""));
        assertThat(plain.getContentLength()).isEqualTo(body.length());
        assertThat(plain.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(head.getContentLength()).isEqualTo(body.length());
        assertThat(head.getContentAsByteArray()).isEmpty();
    }

    @Test
    void answersFromTheCacheAreCountedByResult() throws Exception {
        String body = csv(10);
        MockHttpServletResponse first = get("/contributions.csv", body, false, null);
        get("/contributions.csv", body, false, null);
        get("/contributions.csv", body, true, null);
        MockHttpServletRequest revalidation = new MockHttpServletRequest("GET", "/contributions.csv");
        revalidation.addHeader("If-None-Match", first.getHeader("ETag"));
        MockHttpServletResponse notModified = new MockHttpServletResponse();
        cache.doFilter(revalidation, notModified, new MockFilterChain());

        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(renders).hasValue(1);
        assertThat(meters.get(PageCache.ANSWERS_METER).tag("result", "hit").counter().count()).isEqualTo(2);
        assertThat(meters.get(PageCache.ANSWERS_METER).tag("result", "not_modified").counter().count()).isEqualTo(1);
    }

    @Test
    void withTheCacheSwitchedOffEachResponseIsRenderedAndSentTaggedWithItsLengthGzippedWhenTaken() throws Exception {
        PageCache off = pageCache(false);
        String body = csv(5_000);

        MockHttpServletResponse zipped = get(off, "/contributions.csv", body, true, null);
        MockHttpServletResponse plain = get(off, "/contributions.csv", body, false, null);
        MockHttpServletResponse withCookie = get(off, "/contributions.csv", body, true, new Cookie("made", "here"));

        assertThat(renders).hasValue(3);
        assertThat(off.size()).isZero();
        assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(zipped.getHeader("ETag")).matches("\"[0-9a-f]{24}-gz\"");
        assertThat(zipped.getHeader("Cache-Control")).isEqualTo(PageCache.CACHE_CONTROL);
        assertThat(zipped.getContentLength()).isEqualTo(zipped.getContentAsByteArray().length)
                .isLessThan(body.length() / 5);
        assertThat(unzip(zipped.getContentAsByteArray())).isEqualTo(body);
        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(plain.getHeader("ETag")).isEqualTo(zipped.getHeader("ETag").replace("-gz", ""));
        assertThat(plain.getContentLength()).isEqualTo(body.length());
        assertThat(plain.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(withCookie.getHeader("ETag")).isNull();
        assertThat(withCookie.getHeader("Content-Encoding")).isNull();
        assertThat(withCookie.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(body);
    }

    private MockHttpServletResponse get(String path, String body, boolean gzip, Cookie cookie) throws Exception {
        return get(cache, path, body, gzip, cookie);
    }

    /** A request through the filter to a servlet that writes {@code body} as CSV (and sets {@code cookie}). */
    private MockHttpServletResponse get(PageCache filter, String path, String body, boolean gzip, Cookie cookie)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (gzip) {
            request.addHeader("Accept-Encoding", "gzip, deflate");
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServlet servlet = new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                renders.incrementAndGet();
                resp.setContentType("text/csv;charset=UTF-8");
                if (cookie != null) {
                    resp.addCookie(cookie);
                }
                PrintWriter writer = resp.getWriter();
                for (int i = 0; i < body.length(); i += 1000) { // written in pieces, as a download is
                    writer.write(body, i, Math.min(1000, body.length() - i));
                }
            }
        };
        filter.doFilter(request, response, new MockFilterChain(servlet));
        return response;
    }

    private static String csv(int lines) {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            csv.append('"').append(i).append("\",\"row\"\r\n");
        }
        return csv.toString();
    }

    private static String unzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private PageCache pageCache(boolean enabled) {
        DataVersion version = mock(DataVersion.class);
        when(version.current()).thenReturn(7L);
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("dataVersion", version);
        beans.addBean("meterRegistry", meters);
        PageCacheProperties properties = new PageCacheProperties();
        properties.setEnabled(enabled);
        return new PageCache(beans.getBeanProvider(DataVersion.class), beans.getBeanProvider(Clock.class),
                beans.getBeanProvider(BuildProperties.class), properties,
                beans.getBeanProvider(MeterRegistry.class));
    }
}
