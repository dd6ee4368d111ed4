package org.peacerecord.theme;

import jakarta.persistence.EntityManager;
import org.peacerecord.api.ApiList;
import org.peacerecord.api.ApiResponses;
import org.peacerecord.database.VersionedCache;
import org.peacerecord.export.ExportTable;
import org.peacerecord.shared.LinkedSection;
import org.peacerecord.shared.TimelineDrawing;
import org.peacerecord.shared.TimelineDrawings;
import org.peacerecord.source.SourceRefs;
import org.peacerecord.web.ListPages;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the A4P themes for the public pages, each in a fixed number of statements whatever the data size. */
@Service
@Transactional(readOnly = true)
class ThemeService {

    private final EntityManager entityManager;
    private final Themes themes;
    private final List<ThemePageSection> sections;
    private final SourceRefs sourceRefs;
    private final ObjectProvider<TimelineDrawings> drawings;

    private final ApiResponses api;
    private final VersionedCache cache;

    ThemeService(EntityManager entityManager, Themes themes, List<ThemePageSection> sections, SourceRefs sourceRefs,
                 ObjectProvider<TimelineDrawings> drawings, ApiResponses api, VersionedCache cache) {
        this.api = api;
        this.cache = cache;
        this.drawings = drawings;
        this.entityManager = entityManager;
        this.themes = themes;
        this.sections = sections;
        this.sourceRefs = sourceRefs;
    }

    /**
     * The eight themes in the Declaration's order, with how many records of each kind link to them: counts over every
     * link (a hundred thousand at 100 times the data), kept per data version.
     */
    ThemeResults browse(ThemeFilter filter) {
        List<ThemeResults.Count> counts = cache.get("themes.counts", () -> sections.stream()
                .map(s -> new ThemeResults.Count(s.headingKey(), Map.copyOf(s.countsByTheme())))
                .toList());
        return new ThemeResults(filter, themes.all(), counts);
    }

    /** The download's columns (one count column per kind of linked record). */
    ExportTable<ThemeExport.Row> exportTable() {
        return ThemeExport.table(sections);
    }

    /** The themes for a download, with their counts and sources. */
    List<ThemeExport.Row> export(ThemeFilter filter) {
        ThemeResults list = browse(filter);
        Map<Long, String> sources = sourceRefs.of("A4P_THEME", list.themes().stream().map(A4pTheme::getId).toList());
        List<ThemeExport.Row> rows = new ArrayList<>();
        for (int i = 0; i < list.themes().size(); i++) {
            A4pTheme theme = list.themes().get(i);
            rows.add(new ThemeExport.Row(theme, i + 1, list.counts().stream().map(c -> c.of(theme)).toList(),
                    sources.get(theme.getId())));
        }
        return rows;
    }

    /** The themes for the read API, in the Declaration's order (one page: there are eight), with counts and sources. */
    ApiList api(ThemeFilter filter) {
        List<ThemeExport.Row> rows = export(filter);
        return api.list(ThemeApi.PATH, filter, new PageImpl<>(rows, ListPages.of(1), rows.size()), exportTable(),
                r -> api.href(r.theme()));
    }

    /** A theme for the read API: its fields, citations and the records linked to it, as its page shows them. */
    Map<String, Object> api(String code) {
        ThemePage page = detail(code);
        ThemeExport.Row row = export(new ThemeFilter()).stream()
                .filter(r -> r.theme().getId().equals(page.theme().getId())).findFirst().orElseThrow();
        return api.record(exportTable(), row, page.theme(), page.sections());
    }

    /** A theme with its cited passages and every section of linked records. */
    ThemePage detail(String code) {
        A4pTheme theme = entityManager.createQuery("""
                        select distinct t from A4pTheme t left join fetch t.citations c left join fetch c.passage
                        where lower(t.code) = :code""", A4pTheme.class)
                .setParameter("code", code.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Theme", code));
        TimelineDrawings timeline = drawings.getIfAvailable();
        return new ThemePage(theme, sections.stream()
                .map(s -> LinkedSection.of(s.headingKey(), s.linkedToTheme(theme), s.allLinkedToTheme(theme)))
                .toList(), timeline == null ? null : timeline.ofTheme(theme.getCode()));
    }

    record ThemeResults(ThemeFilter filter, List<A4pTheme> themes, List<Count> counts) {

        /** The number of records of one kind per theme id. */
        record Count(String headingKey, Map<Long, Long> byTheme) {

            public long of(A4pTheme theme) {
                return byTheme.getOrDefault(theme.getId(), 0L);
            }
        }
    }

    /** A theme, the sections of its linked records, and its records drawn on the timeline (null: none). */
    record ThemePage(A4pTheme theme, List<LinkedSection> sections, TimelineDrawing timeline) {
    }
}
