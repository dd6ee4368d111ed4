package org.peacerecord.support;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads responses the way a reader's tools would: HTML with jsoup, downloads with Commons CSV and Jackson. */
public final class Pages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Pages() {
    }

    public static Document html(MvcResult result) {
        return Jsoup.parse(body(result));
    }

    /** The CSV download, header first, decoded as UTF-8 whatever the response says. */
    public static CSVParser csv(MvcResult result) {
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(body(result)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<CSVRecord> csvRecords(MvcResult result) {
        try (CSVParser parser = csv(result)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> csvHeader(MvcResult result) {
        try (CSVParser parser = csv(result)) {
            return parser.getHeaderNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(MvcResult result) {
        return JSON.readTree(body(result));
    }

    private static String body(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
