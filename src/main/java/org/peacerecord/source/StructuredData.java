package org.peacerecord.source;

import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.web.CurrentUrl;
import org.peacerecord.web.TemplateHelper;
import tools.jackson.databind.ObjectMapper;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A record's page as schema.org linked data: a JSON-LD data block ({@code <script type="application/ld+json">}, which
 * browsers do not execute, so the CSP is untouched) made of what its {@link RecordType} says it is, plus what every
 * record has — name, address, last change, licence, sources, the dataset it belongs to. Only the record's own columns
 * and its (loaded) citations are read. {@code <}, {@code >} and {@code &} are written as JSON escapes, so that no
 * stored text can close the element.
 */
@TemplateHelper("structuredData")
public class StructuredData {

    /** The licence of the record's data (README, "Data and provenance"). */
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    /** A download's suffix, dropped to name the list it downloads. */
    private static final Pattern CSV_SUFFIX = Pattern.compile("\\.csv(\\?|$)");

    private final RecordTypes types;
    private final ObjectMapper json;

    StructuredData(RecordTypes types, ObjectMapper json) {
        this.types = types;
        this.json = json;
    }

    /** The JSON-LD of a record's page, ready to be written unescaped into a data block. */
    public String of(CitedRecord record) {
        LinkedRecord link = types.link(record);
        String base = CurrentUrl.site();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.putAll(types.structuredData(record));
        data.putIfAbsent("name", link.title());
        data.put("url", base + link.href());
        if (record.getUpdatedAt() != null) {
            data.put("dateModified", record.getUpdatedAt().atOffset(ZoneOffset.UTC).toString());
        }
        data.put("license", LICENSE);
        data.put("isPartOf", properties("@type", "Dataset", "name", "Peace Operations Record", "url", base + "/",
                "license", LICENSE));
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Citation citation : record.getCitations()) {
            if (citation.isPassage()) {
                sources.add(properties("@type", "CreativeWork", "name", "UN Peace Operations: Critical Contributions of "
                        + "Japan (statement of 19 May 2022), paragraph " + citation.getPassage().getNumber(),
                        "url", base + "/statement#" + citation.getPassage().getAnchor()));
            } else if (citation.getSourceUrl() != null) {
                Map<String, Object> source = new LinkedHashMap<>();
                source.put("@type", "CreativeWork");
                source.put("name", citation.getSourceTitle());
                source.put("url", citation.getSourceUrl());
                if (citation.getSourcePublished() != null) {
                    source.put("datePublished", citation.getSourcePublished());
                }
                sources.add(source);
            }
        }
        if (!sources.isEmpty()) {
            data.put("citation", sources);
        }
        return escape(json.writeValueAsString(data));
    }

    /**
     * A list's downloads as a schema.org {@code Dataset} with its two distributions (the list as shown, with its
     * filters, as CSV and as JSON).
     */
    public String dataset(String csvHref, String jsonHref) {
        String base = CurrentUrl.site();
        String path = CSV_SUFFIX.matcher(csvHref).replaceFirst("$1");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "Dataset");
        data.put("name", "Peace Operations Record: " + path);
        data.put("description", "Records of Japan's contributions to UN peace operations, from the statement "
                + "\"UN Peace Operations: Critical Contributions of Japan\" (19 May 2022) and the public record, each "
                + "cited to its source: the list at " + path + ", as CSV and as JSON.");
        data.put("url", base + path);
        data.put("license", LICENSE);
        data.put("creator", properties("@type", "Organization", "name", "Peace Operations Record"));
        data.put("distribution", List.of(
                properties("@type", "DataDownload", "encodingFormat", "text/csv", "contentUrl", base + csvHref),
                properties("@type", "DataDownload", "encodingFormat", "application/json", "contentUrl", base + jsonHref)));
        return escape(json.writeValueAsString(data));
    }

    /**
     * Properties for {@link RecordType#structuredData}: pairs of name and value, the pairs whose value is null or
     * blank left out; partial dates as ISO 8601 at their precision ("2014", "2014-09", "2014-09-26").
     */
    public static Map<String, Object> properties(Object... pairs) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value instanceof org.peacerecord.shared.PartialDate date) {
                value = date.toIsoString();
            }
            if (value != null && !(value instanceof String text && text.isBlank())) {
                properties.put((String) pairs[i], value);
            }
        }
        return properties;
    }

    static String escape(String text) {
        return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
