package org.peacerecord.source;

import jakarta.persistence.EntityManager;
import org.peacerecord.web.CurrentUrl;
import org.peacerecord.web.LocalePaths;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * For search engines: {@code /robots.txt} (the editors' area and sign-in kept out), and the sitemaps — an index at
 * {@code /sitemap.xml} naming one sitemap of the site's pages and, per record type, sitemaps of at most
 * {@value #PER_SITEMAP} records each (the protocol allows 50,000), every address with its Japanese alternate
 * ({@code hreflang}) and the date it last changed.
 */
@Controller
@Transactional(readOnly = true)
class SiteMap {

    static final int PER_SITEMAP = 10_000;
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final List<String> PAGES = List.of("/", "/timeline", "/statement", "/search", "/api");

    private final RecordTypes types;
    private final EntityManager entityManager;

    SiteMap(RecordTypes types, EntityManager entityManager) {
        this.types = types;
        this.entityManager = entityManager;
    }

    @GetMapping(value = "/robots.txt")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/plain;charset=UTF-8")).body("""
                User-agent: *
                Disallow: /admin
                Disallow: /account
                Disallow: /login
                Disallow: /ja/admin
                Disallow: /ja/account
                Disallow: /ja/login
                Sitemap: %s/sitemap.xml
                """.formatted(CurrentUrl.site()));
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        String base = CurrentUrl.site();
        xml.append("  <sitemap><loc>").append(base).append("/sitemaps/pages.xml</loc></sitemap>\n");
        Map<String, Long> counts = types.counts();
        for (RecordType<?> type : withPages()) {
            long chunks = (counts.getOrDefault(type.code(), 0L) + PER_SITEMAP - 1) / PER_SITEMAP;
            for (int chunk = 1; chunk <= chunks; chunk++) {
                xml.append("  <sitemap><loc>").append(base).append("/sitemaps/").append(type.key()).append('-')
                        .append(chunk).append(".xml</loc></sitemap>\n");
            }
        }
        return ResponseEntity.ok().contentType(XML).body(xml.append("</sitemapindex>\n").toString());
    }

    @GetMapping("/sitemaps/pages.xml")
    ResponseEntity<String> pages() {
        StringBuilder xml = urlset();
        Stream.concat(PAGES.stream(), types.withListPage().stream().map(type -> "/" + type.listPage()))
                .forEach(path -> url(xml, path, null));
        return ResponseEntity.ok().contentType(XML).body(xml.append("</urlset>\n").toString());
    }

    /** One record type's sitemap: {@code /sitemaps/training-1.xml}; unknown types and empty chunks are 404. */
    @GetMapping("/sitemaps/{key:[a-z]{1,30}}-{chunk:\\d{1,6}}.xml")
    ResponseEntity<String> records(@PathVariable String key, @PathVariable int chunk) {
        RecordType<?> type = withPages().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("sitemap", key));
        List<? extends CitedRecord> records = chunk < 1 ? List.of() : entityManager
                .createQuery("select e from " + types.entityName(type) + " e order by e.id", type.entityType())
                .setFirstResult((chunk - 1) * PER_SITEMAP).setMaxResults(PER_SITEMAP).getResultList();
        if (records.isEmpty()) {
            throw new RecordNotFoundException("sitemap", key + "-" + chunk);
        }
        StringBuilder xml = urlset();
        for (CitedRecord record : records) {
            url(xml, types.link(record).href(), record.getUpdatedAt() == null ? null
                    : record.getUpdatedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        return ResponseEntity.ok().contentType(XML).body(xml.append("</urlset>\n").toString());
    }

    /** The types whose records have pages of their own (not a filtered list or an anchor). */
    private List<RecordType<?>> withPages() {
        return types.all().stream().filter(type -> type.listPage() != null || type.code().equals("MILESTONE")
                || type.code().equals("KEY_FIGURE")).toList();
    }

    private static StringBuilder urlset() {
        return new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
                + "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    }

    /** One page in both languages: the English address, with itself and the Japanese one as alternates. */
    private void url(StringBuilder xml, String path, String lastModified) {
        String en = HtmlUtils.htmlEscape(CurrentUrl.site() + path);
        String ja = HtmlUtils.htmlEscape(CurrentUrl.site() + LocalePaths.JAPANESE_PREFIX + (path.equals("/") ? "" : path));
        xml.append("  <url><loc>").append(en).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"").append(en).append("\"/>")
                .append("<xhtml:link rel=\"alternate\" hreflang=\"ja\" href=\"").append(ja).append("\"/>")
                .append("</url>\n");
    }
}
