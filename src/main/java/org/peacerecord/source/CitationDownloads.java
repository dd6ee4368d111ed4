package org.peacerecord.source;

import org.peacerecord.source.RecordCitations.Cite;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A record's citation for reference managers: BibTeX ({@code /cite.bib?record=TRAINING-12}) and CSL-JSON. */
@Controller
class CitationDownloads {

    private final RecordCitations citations;
    private final ObjectMapper json;
    private final MessageSource messages;

    CitationDownloads(RecordCitations citations, ObjectMapper json, MessageSource messages) {
        this.citations = citations;
        this.json = json;
        this.messages = messages;
    }

    @GetMapping("/cite.bib")
    ResponseEntity<String> bibtex(@RequestParam("record") String ref) {
        Cite cite = citations.of(ref);
        String kind = messages.getMessage(cite.typeKey(), null, LocaleContextHolder.getLocale());
        String entry = "@misc{" + cite.ref().toLowerCase(java.util.Locale.ROOT) + ",\n"
                + "  title = {" + bib(cite.title()) + "},\n"
                + "  author = {{Peace Operations Record}},\n"
                + "  howpublished = {\\url{" + cite.url() + "}},\n"
                + (cite.version() == null ? "" : "  year = {" + cite.version().getYear() + "},\n")
                + "  note = {" + bib(kind) + (cite.version() == null ? "" : ", version of " + cite.version())
                + ", accessed " + today() + ". Licence: CC BY 4.0},\n"
                + "}\n";
        return download(entry, "application/x-bibtex", cite.ref() + ".bib");
    }

    @GetMapping("/cite.json")
    ResponseEntity<String> cslJson(@RequestParam("record") String ref) {
        Cite cite = citations.of(ref);
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", cite.ref());
        item.put("type", "dataset");
        item.put("title", cite.title());
        item.put("genre", messages.getMessage(cite.typeKey(), null, LocaleContextHolder.getLocale()));
        item.put("publisher", "Peace Operations Record");
        item.put("URL", cite.url());
        if (cite.version() != null) {
            item.put("issued", Map.of("date-parts", List.of(dateParts(cite.version()))));
        }
        item.put("accessed", Map.of("date-parts", List.of(dateParts(today()))));
        item.put("license", StructuredData.LICENSE);
        return download(json.writeValueAsString(List.of(item)), "application/vnd.citationstyles.csl+json",
                cite.ref() + ".json");
    }

    private static List<Integer> dateParts(LocalDate date) {
        return List.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** BibTeX text: braces, backslashes and the special characters of TeX escaped. */
    static String bib(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '$', '&', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static ResponseEntity<String> download(String body, String type, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
