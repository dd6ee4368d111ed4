package org.peacerecord.source;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.peacerecord.database.DataVersion;
import org.peacerecord.shared.Digests;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The whole record as one numbered snapshot: {@code /data/snapshot.zip} holds the CSV download of every list (exactly
 * what {@code /<list>.csv} gives, unfiltered) and a {@code manifest.json} naming the release of the application, the
 * data version the snapshot was taken at (its number: the file is {@code peace-operations-record-data-<n>.zip}), the
 * licence, and each file's rows and SHA-256.
 */
@Controller
class DataSnapshot {

    private final RecordTypes types;
    private final DataVersion version;
    private final ObjectProvider<BuildProperties> build;
    private final ObjectMapper json;
    private final Clock clock;

    DataSnapshot(RecordTypes types, DataVersion version, ObjectProvider<BuildProperties> build, ObjectMapper json,
                 ObjectProvider<Clock> clock) {
        this.types = types;
        this.version = version;
        this.build = build;
        this.json = json;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/data/snapshot.zip")
    void snapshot(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        long number = version.current();
        List<Map<String, Object>> files = new ArrayList<>();
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped, StandardCharsets.UTF_8)) {
            for (RecordType<?> type : types.withListPage()) {
                String path = "/" + type.listPage() + ".csv";
                byte[] csv = include(request, response, path);
                zip.putNextEntry(new ZipEntry(type.listPage() + ".csv"));
                zip.write(csv);
                zip.closeEntry();
                Map<String, Object> file = new LinkedHashMap<>();
                file.put("name", type.listPage() + ".csv");
                file.put("source", path);
                file.put("rows", rows(csv));
                file.put("sha256", Digests.sha256Hex(csv));
                files.add(file);
            }
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("name", "Peace Operations Record");
            manifest.put("snapshot", number);
            BuildProperties release = build.getIfAvailable();
            manifest.put("release", release == null ? "development" : release.getVersion());
            manifest.put("created", clock.instant().toString());
            manifest.put("license", StructuredData.LICENSE);
            manifest.put("source", "UN Peace Operations: Critical Contributions of Japan (statement of 19 May 2022), "
                    + "and the public records each row cites");
            manifest.put("files", files);
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
        }
        response.reset();
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("peace-operations-record-data-" + number + ".zip").build().toString());
        response.setContentLength(zipped.size());
        zipped.writeTo(response.getOutputStream());
    }

    /** What a list's CSV download answers, captured (a servlet include of its own handler). */
    private static byte[] include(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException, ServletException {
        Capture capture = new Capture(response);
        request.getRequestDispatcher(path).include(request, capture);
        capture.flushBuffer();
        return capture.bytes.toByteArray();
    }

    /** The records of a CSV file, its header not counted. */
    private static long rows(byte[] csv) throws IOException {
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).get().parse(new java.io.StringReader(new String(csv, StandardCharsets.UTF_8)))) {
            return parser.stream().count();
        }
    }

    /** A response that keeps what is written to it. */
    private static final class Capture extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
            }
        };

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setHeader(String name, String value) {
        }

        @Override
        public void addHeader(String name, String value) {
        }

        @Override
        public void setContentType(String type) {
        }

        @Override
        public void setCharacterEncoding(String charset) {
        }
    }
}
