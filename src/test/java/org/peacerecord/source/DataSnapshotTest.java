package org.peacerecord.source;

import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole record as one numbered zip: every list's CSV, as its download gives it, and a manifest. */
@PostgresTest
class DataSnapshotTest {

    @LocalServerPort
    int port;

    @Autowired
    ObjectMapper json;

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theSnapshotHoldsEveryListsCsvAndAManifest() throws Exception {
        HttpResponse<byte[]> response = get("/data/snapshot.zip");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).matches("attachment; filename=\"peace-operations-record-data-\\d+\\.zip\""));

        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries.keySet()).contains("trainings.csv", "contributions.csv", "missions.csv", "people.csv",
                "themes.csv", "initiatives.csv", "manifest.json");
        assertThat(entries.get("trainings.csv")).isEqualTo(get("/trainings.csv").body());

        JsonNode manifest = json.readTree(entries.get("manifest.json"));
        assertThat(manifest.get("license").asString()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(manifest.get("snapshot").asLong()).isPositive();
        assertThat(manifest.get("files").size()).isEqualTo(entries.size() - 1);
        for (JsonNode file : manifest.get("files")) {
            byte[] csv = entries.get(file.get("name").asString());
            assertThat(file.get("sha256").asString())
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(csv)));
            assertThat(file.get("rows").asLong()).as(file.get("name").asString()).isPositive();
        }
    }
}
