package org.peacerecord.api;

import org.peacerecord.export.ExportTable;
import org.peacerecord.export.ExportWriter;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.shared.LinkedSection;
import org.peacerecord.source.Citation;
import org.peacerecord.source.CitedRecord;
import org.peacerecord.source.RecordType;
import org.peacerecord.source.RecordTypes;
import org.peacerecord.web.CurrentUrl;
import org.peacerecord.web.ListFilter;
import org.peacerecord.web.ListPages;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The one way the read API represents records: a list page ({@link ApiList}) or a single record, made of the fields of
 * the record's download ({@link ExportTable}: the same names and values as the CSV and JSON files) and, for a single
 * record, its citations (passages with their number and text, external sources with title, address and dates), the
 * records related to it as its page lists them, and where to cite it. Addresses are absolute; a record's API address
 * is its page's address under {@value #BASE} ({@code /trainings/12} → {@code /api/v1/trainings/12}).
 */
@Component
public class ApiResponses {

    /** Where the read API lives; a new version would get a new prefix, this one keeps its field names. */
    public static final String BASE = "/api/v1";
    /** The data licence, as an SPDX identifier (README, "Licence"). */
    public static final String LICENSE = "CC-BY-4.0";
    public static final String LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";

    private final RecordTypes types;

    ApiResponses(RecordTypes types) {
        this.types = types;
    }

    /**
     * One page of a list.
     *
     * @param path   the list's page ("/trainings"); its API list is under {@value #BASE}
     * @param filter the filters as bound, which make the page's and its neighbours' addresses
     * @param href   each row's page ("/trainings/12")
     */
    public <R> ApiList list(String path, ListFilter filter, Page<R> page, ExportTable<R> table, Function<R, String> href) {
        return list(path, filter, page, table, href, href);
    }

    /**
     * One page of a list whose records' pages are not at their API address's path: a region's page is its trainings
     * ({@code /trainings?region=africa}), its record {@code /api/v1/regions/africa}.
     *
     * @param apiPath each row's path under {@value #BASE}
     */
    public <R> ApiList list(String path, ListFilter filter, Page<R> page, ExportTable<R> table, Function<R, String> href,
                            Function<R, String> apiPath) {
        String base = CurrentUrl.site();
        List<Map<String, Object>> items = new ArrayList<>(page.getNumberOfElements());
        for (R row : page.getContent()) {
            items.add(item(base, ExportWriter.fields(table, row), href.apply(row), apiPath.apply(row)));
        }
        return list(base, path, filter, page, items);
    }

    /**
     * One page of a list whose rows are made from the page's records ({@code rows}: the download's rows of them, with
     * what they need loaded for all of them at once).
     */
    public <E, R> ApiList list(String path, ListFilter filter, Page<E> page, Function<List<E>, List<R>> rows,
                               ExportTable<R> table, Function<R, String> href) {
        return list(path, filter, new PageImpl<>(rows.apply(page.getContent()), page.getPageable(),
                page.getTotalElements()), table, href);
    }

    /** One page of records listed by another page (those citing a passage), each as {@link #linked} gives it. */
    public ApiList linkedList(String path, ListFilter filter, Page<LinkedRecord> page) {
        String base = CurrentUrl.site();
        return list(base, path, filter, page, page.getContent().stream().map(r -> linked(base, r)).toList());
    }

    private static ApiList list(String base, String path, ListFilter filter, Page<?> page,
                                List<Map<String, Object>> items) {
        int pages = Math.max(1, page.getTotalPages());
        int number = filter.pageNumber();
        String self = filter.toUrl(BASE + path);
        return new ApiList(page.getTotalElements(), number, ListPages.SIZE, pages,
                new ApiList.Links(base + self, base + pageUrl(self, 1),
                        number > 1 && number <= pages ? base + pageUrl(self, number - 1) : null,
                        number < pages ? base + pageUrl(self, number + 1) : null,
                        base + pageUrl(self, pages)),
                LICENSE, items);
    }

    /** A record's page, context-relative ("/trainings/12"): its API address is the same under {@value #BASE}. */
    public String href(CitedRecord record) {
        return types.link(record).href();
    }

    /**
     * A single record: its download's fields, then {@code type}, {@code url}, {@code api_url}, {@code citations},
     * {@code related} (each section of its page: the type of records, the first {@value LinkedSection#SHOWN} of them,
     * whether there are more and where all are listed), {@code cite} and {@code history} addresses and the licence.
     */
    public <R> Map<String, Object> record(ExportTable<R> table, R row, CitedRecord record, List<LinkedSection> related) {
        return record(table, row, record, related, null);
    }

    /**
     * A single record whose page is not at its API address's path (a region: {@code apiPath} "/regions/africa");
     * its {@code type} is then the first segment of that path.
     */
    public <R> Map<String, Object> record(ExportTable<R> table, R row, CitedRecord record, List<LinkedSection> related,
                                          String apiPath) {
        String base = CurrentUrl.site();
        RecordType<?> type = types.typeOf(record);
        LinkedRecord link = types.link(record);
        String path = apiPath != null ? apiPath : link.href();
        Map<String, Object> body = item(base, ExportWriter.fields(table, row), link.href(), path);
        body.put("type", typeOf(path));
        body.put("citations", record.getCitations().stream().map(c -> citation(base, c)).toList());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (LinkedSection section : related) {
            if (!section.isEmpty()) {
                sections.add(section(base, section));
            }
        }
        body.put("related", sections);
        String ref = type.code() + "-" + record.getId();
        Map<String, Object> cite = new LinkedHashMap<>();
        cite.put("bibtex", base + "/cite.bib?record=" + ref);
        cite.put("csl_json", base + "/cite.json?record=" + ref);
        body.put("cite", cite);
        body.put("history_url", base + "/history?record=" + ref);
        body.put("license", LICENSE);
        return body;
    }

    /** The address of the API's root, absolute. */
    public String root() {
        return CurrentUrl.site() + BASE;
    }

    /** A record's fields, then its page ({@code href}) and its API address ({@code apiPath} under {@value #BASE}). */
    private static Map<String, Object> item(String base, Map<String, Object> fields, String href, String apiPath) {
        Map<String, Object> item = new LinkedHashMap<>(fields);
        item.put("url", base + href);
        item.put("api_url", apiUrl(base, apiPath));
        return item;
    }

    /**
     * A page's API address: the same path and query under {@value #BASE} (a record's page, or a filtered list such
     * as a region's trainings); none for a place within a page.
     */
    private static String apiUrl(String base, String href) {
        return href.contains("#") ? null : base + BASE + href;
    }

    private Map<String, Object> citation(String base, Citation citation) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (citation.isPassage()) {
            body.put("kind", "passage");
            body.put("passage", citation.getPassage().getNumber());
            body.put("text", citation.getPassage().getPlainText());
            body.put("title", null);
            body.put("url", base + "/statement#" + citation.getPassage().getAnchor());
            body.put("api_url", base + BASE + "/statement/passages/" + citation.getPassage().getNumber());
            body.put("published", "2022-05-19");
            body.put("accessed_on", null);
        } else {
            body.put("kind", "external");
            body.put("passage", null);
            body.put("text", null);
            body.put("title", citation.getSourceTitle());
            body.put("url", citation.getSourceUrl());
            body.put("api_url", null);
            body.put("published", citation.getSourcePublished());
            body.put("accessed_on", citation.getAccessedOn() == null ? null : citation.getAccessedOn().toString());
        }
        body.put("summary", citation.getSummary());
        return body;
    }

    private static Map<String, Object> section(String base, LinkedSection section) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", typeOf(section.records().get(0).href()));
        body.put("items", section.records().stream().map(r -> linked(base, r)).toList());
        body.put("more", section.more());
        body.put("more_url", section.moreHref() == null ? null : base + section.moreHref());
        return body;
    }

    private static Map<String, Object> linked(String base, LinkedRecord record) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", typeOf(record.href()));
        body.put("title", record.title());
        body.put("title_ja", record.titleJa());
        body.put("url", base + record.href());
        body.put("api_url", apiUrl(base, record.href()));
        return body;
    }

    /**
     * The kind of record a page shows, named as its list in the API ("/trainings/12" → "trainings"): the {@code type}
     * of records and related records.
     */
    private static String typeOf(String href) {
        String path = href.startsWith("/") ? href.substring(1) : href;
        int end = path.length();
        for (char stop : new char[]{'/', '?', '#'}) {
            int at = path.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return path.substring(0, end);
    }

    private static String pageUrl(String url, int page) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(url);
        return (page > 1 ? builder.replaceQueryParam("page", page) : builder.replaceQueryParam("page"))
                .build(true).toUriString();
    }
}
