package org.peacerecord.overview;

import org.peacerecord.figure.KeyFigure;
import org.peacerecord.figure.KeyFigureRepository;
import org.peacerecord.source.SourceDocument;
import org.peacerecord.source.SourceDocumentRepository;
import org.peacerecord.web.BarChart;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the overview page shows: the source document, the key figures, contributions and trainings per year,
 * and how much each section holds. Six statements whatever the data size.
 */
@Service
class OverviewService {

    static final List<String> SERIES = List.of("overview.series.contributions", "overview.series.trainings");

    private final SourceDocumentRepository documents;
    private final KeyFigureRepository figures;
    private final OverviewQueries queries;

    OverviewService(SourceDocumentRepository documents, KeyFigureRepository figures, OverviewQueries queries) {
        this.documents = documents;
        this.figures = figures;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    Overview load() {
        SourceDocument statement = documents.findBySlug(SourceDocument.STATEMENT_SLUG).orElse(null);
        Map<Integer, Long> contributions = queries.contributionsPerYear();
        Map<Integer, Long> trainings = queries.trainingsPerYear();
        OverviewQueries.SectionSizes sizes = queries.sectionSizes();

        long contributionCount = total(contributions);
        long trainingCount = total(trainings);
        List<Section> sections = List.of(
                new Section("timeline", contributionCount + sizes.milestones()),
                new Section("contributions", contributionCount),
                new Section("trainings", trainingCount),
                new Section("missions", sizes.missions()),
                new Section("themes", sizes.themes()),
                new Section("people", sizes.people()),
                new Section("statement", queries.statementPassages()),
                new Section("search", contributionCount + trainingCount + sizes.missions() + sizes.themes()
                        + sizes.people() + sizes.milestones()));
        BarChart chart = BarChart.ofYears(SERIES, List.of(dated(contributions), dated(trainings)));
        return new Overview(statement, figures.findAllByOrderBySortOrderAscIdAsc(), sections, chart,
                contributions.getOrDefault(null, 0L), trainings.getOrDefault(null, 0L));
    }

    private static long total(Map<Integer, Long> perYear) {
        return perYear.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Map<Integer, Long> dated(Map<Integer, Long> perYear) {
        Map<Integer, Long> dated = new LinkedHashMap<>(perYear);
        dated.remove(null);
        return dated;
    }

    /**
     * @param undatedContributions contributions left out of the chart because their source gives no date
     */
    record Overview(SourceDocument statement, List<KeyFigure> keyFigures, List<Section> sections, BarChart chart,
                    long undatedContributions, long undatedTrainings) {
    }

    /**
     * An entry point to a section of the site: its name (path {@code /name}, message keys
     * {@code overview.section.name[.text|.count]}) and how many records it holds (the timeline: contributions
     * and milestones; the statement: paragraphs; search: every record).
     */
    record Section(String name, long count) {

        public String path() {
            return "/" + name;
        }
    }
}
