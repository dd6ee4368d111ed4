package org.peacerecord.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.DigestUtils;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages link every stylesheet and script by an address fingerprinted with its content, served for a year as
 * immutable and gzip-compressed; the plain address still answers, revalidated on every use.
 */
@PostgresTest
class StaticAssetsTest {

    @LocalServerPort
    int port;

    @Test
    void everyAssetLinkCarriesTheFingerprintOfItsContent() throws Exception {
        Document page = Jsoup.parse(new String(get("/", null).body(), java.nio.charset.StandardCharsets.UTF_8));
        List<String> links = new java.util.ArrayList<>(page.select("link[rel=stylesheet]").eachAttr("href"));
        links.addAll(page.select("script[src]").eachAttr("src"));
        assertThat(links).hasSize(5).allMatch(link -> link.matches(".*-[0-9a-f]{32}\\.(css|js)"));

        String appCss = links.stream().filter(link -> link.startsWith("/css/app-")).findFirst().orElseThrow();
        byte[] content;
        try (InputStream in = getClass().getResourceAsStream("/static/css/app.css")) {
            content = in.readAllBytes();
        }
        assertThat(appCss).isEqualTo("/css/app-" + DigestUtils.md5DigestAsHex(content) + ".css");
    }

    @Test
    void fingerprintedAssetsAreImmutableForAYearAndCompressed() throws Exception {
        Document page = Jsoup.parse(new String(get("/trainings", null).body(), java.nio.charset.StandardCharsets.UTF_8));
        List<String> assets = new java.util.ArrayList<>(page.select("link[rel=stylesheet]").eachAttr("href"));
        assets.addAll(page.select("script[src]").eachAttr("src"));
        for (String asset : assets) {
            HttpResponse<byte[]> plain = get(asset, null);
            HttpResponse<byte[]> gzip = get(asset, "gzip");
            assertThat(plain.statusCode()).as(asset).isEqualTo(200);
            assertThat(plain.headers().firstValue("Cache-Control")).as(asset)
                    .contains("max-age=31536000, public, immutable");
            assertThat(gzip.headers().firstValue("Content-Encoding")).as(asset).contains("gzip");
            assertThat(gzip.body().length).as(asset).isLessThan(plain.body().length);
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip.body()))) {
                assertThat(in.readAllBytes()).as(asset).isEqualTo(plain.body());
            }
        }
        HttpResponse<byte[]> unversioned = get("/css/app.css", null);
        assertThat(unversioned.statusCode()).isEqualTo(200);
        assertThat(unversioned.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(get("/favicon.ico", null).headers().firstValue("Cache-Control")).contains("no-cache");
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
