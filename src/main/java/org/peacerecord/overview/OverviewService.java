package org.peacerecord.overview;

import org.peacerecord.country.CountryMap;
import org.peacerecord.figure.KeyFigure;
import org.peacerecord.figure.KeyFigures;
import org.peacerecord.mission.Missions;
import org.peacerecord.source.RecordType;
import org.peacerecord.source.RecordTypes;
import org.peacerecord.source.SourceDocument;
import org.peacerecord.source.Statement;
import org.peacerecord.web.BarChart;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the overview page shows: the source document, the key figures, the charted record types per year, and an
 * entry point to each section with how much it holds, all read from the registry of record types, and the missions
 * on a world map. Seven statements whatever the data size (one per charted type, one for the map); the counts, the chart's
 * years, the map and the statement's number of passages are whole-data aggregations, kept per data version.
 */
@Service
class OverviewService {

    private final Statement statement;
    private final KeyFigures figures;
    private final RecordTypes types;

    private final Missions missions;

    OverviewService(Statement statement, KeyFigures figures, RecordTypes types, Missions missions) {
        this.missions = missions;
        this.statement = statement;
        this.figures = figures;
        this.types = types;
    }

    @Transactional(readOnly = true)
    Overview load() {
        // counts over all the data: computed once per change of the data (RecordTypes keeps them)
        Map<String, Long> counts = types.counts();
        Map<String, Map<Integer, Long>> perYear = types.perYear();
        long timelineEntries = types.timelineCount();

        List<Section> sections = new ArrayList<>();
        sections.add(new Section("timeline", timelineEntries));
        for (RecordType<?> type : types.withListPage()) {
            sections.add(new Section(type.listPage(), counts.get(type.code())));
        }
        sections.add(new Section("statement", statement.passageCount()));
        sections.add(new Section("search", sum(counts, types.searchable())));

        List<String> seriesKeys = new ArrayList<>();
        List<Map<Integer, Long>> series = new ArrayList<>();
        Map<String, Long> undated = new LinkedHashMap<>();
        for (RecordType<?> type : types.all()) {
            Map<Integer, Long> years = perYear.get(type.code());
            if (years != null) {
                Map<Integer, Long> dated = new LinkedHashMap<>(years);
                undated.put(type.code(), dated.getOrDefault(null, 0L));
                dated.remove(null);
                seriesKeys.add("overview.series." + type.listPage());
                series.add(dated);
            }
        }
        return new Overview(statement.document().orElse(null), figures.all(), sections,
                BarChart.ofYears(seriesKeys, series), undated, missions.map(LocaleContextHolder.getLocale()));
    }

    private static long sum(Map<String, Long> counts, List<RecordType<?>> types) {
        return types.stream().mapToLong(type -> counts.getOrDefault(type.code(), 0L)).sum();
    }

    /**
     * @param undated for each charted type (by code), how many records are left out of the chart because their
     *                source gives no date
     */
    public record Overview(SourceDocument statement, List<KeyFigure> keyFigures, List<Section> sections, BarChart chart,
                    Map<String, Long> undated, CountryMap missionsMap) {
    }

    /**
     * An entry point to a section of the site: its name (path {@code /name}, message keys
     * {@code overview.section.name[.text|.count]}) and how many records it holds (the timeline: its entries;
     * the statement: paragraphs; search: every searchable record).
     */
    public record Section(String name, long count) {

        public String path() {
            return "/" + name;
        }
    }
}
