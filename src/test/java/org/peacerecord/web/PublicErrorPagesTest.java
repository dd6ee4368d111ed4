package org.peacerecord.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peacerecord.support.PostgresTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real servlet container: malformed or unknown values in public addresses get the
 * friendly 400/404 page in the reader's language, never a 500 or a stack trace.
 */
@PostgresTest
class PublicErrorPagesTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /people/abc                           | 404 | Page not found
            /people/99999999999                   | 404 | Page not found
            /contributions/abc?lang=ja            | 404 | ページが見つかりません
            /missions/NO-SUCH-MISSION             | 404 | Page not found
            /themes/no-such-theme?lang=ja         | 404 | ページが見つかりません
            /contributions?page=abc               | 400 | We could not understand that request
            /contributions?kind=BOGUS&lang=ja     | 400 | リクエストを理解できませんでした
            /contributions.csv?kind=BOGUS         | 400 | We could not understand that request
            /missions?page=1.5                    | 400 | We could not understand that request
            /search?q=timor&page=x                | 400 | We could not understand that request
            """)
    void badAddressesGetTheFriendlyErrorPage(String path, int status, String heading) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(status);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo(heading);
        assertThat(response.body()).doesNotContain("Exception", "at org.", "Whitelabel");
    }

    @ParameterizedTest
    @CsvSource({"10000", "5000"})
    void aVeryLongSearchIsRefusedOrShortenedNeverAnError(int length) throws Exception {
        HttpResponse<String> response = get("/search?q=" + "a".repeat(length));
        assertThat(response.statusCode()).isIn(200, 400, 414);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }
}
