package org.peacerecord.timeline;

import org.peacerecord.contribution.Contribution;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.milestone.Milestone;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.Missions;
import org.peacerecord.shared.Provenance;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.theme.Themes;
import org.peacerecord.timeline.TimelineEntry.Type;
import org.peacerecord.timeline.TimelineView.YearGroup;
import org.peacerecord.web.BarChart;
import org.peacerecord.web.FilterOption;
import org.peacerecord.web.InvalidFilterException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the timeline from contributions and milestones: filtered in the database, merged in date order,
 * grouped by year. A fixed number of statements: missions, themes, contributions with their missions, their
 * themes and citations, milestones with their missions and citations.
 */
@Service
@Transactional(readOnly = true)
class TimelineService {

    /** The timeline is small; this bounds a page (and a download) whatever the data grows to. */
    static final int MAX_ENTRIES_PER_TYPE = 1000;

    static final List<String> SERIES = List.of("timeline.series.contributions", "timeline.series.milestones");

    private final TimelineQueries queries;
    private final Missions missions;
    private final Themes themes;

    TimelineService(TimelineQueries queries, Missions missions, Themes themes) {
        this.queries = queries;
        this.missions = missions;
        this.themes = themes;
    }

    TimelineView load(TimelineFilter filter) {
        List<Mission> allMissions = missions.all();
        List<A4pTheme> allThemes = themes.all();
        TimelineQueries.Criteria criteria = resolve(filter, allMissions, allThemes);

        List<Contribution> contributions = filter.includesContributions()
                ? queries.contributions(criteria, MAX_ENTRIES_PER_TYPE + 1) : List.of();
        List<Milestone> milestones = filter.includesMilestones()
                ? queries.milestones(criteria, MAX_ENTRIES_PER_TYPE + 1) : List.of();
        boolean truncated = contributions.size() > MAX_ENTRIES_PER_TYPE || milestones.size() > MAX_ENTRIES_PER_TYPE;
        contributions = contributions.stream().limit(MAX_ENTRIES_PER_TYPE).toList();
        milestones = milestones.stream().limit(MAX_ENTRIES_PER_TYPE).toList();
        queries.fetchThemesAndCitations(contributions);
        queries.fetchCitations(milestones);

        List<TimelineEntry> entries = Stream.concat(
                        contributions.stream().map(TimelineService::entry),
                        milestones.stream().map(TimelineService::entry))
                .sorted(TimelineEntry.CHRONOLOGICAL).toList();

        Locale locale = LocaleContextHolder.getLocale();
        return new TimelineView(filter, group(entries), entries.size(), truncated, chart(entries), kinds(filter),
                withAny("mission", filter.mission() == null, allMissions.stream()
                        .map(m -> FilterOption.text(m.getAcronym(), m.getAcronym(), null,
                                m.getAcronym().equalsIgnoreCase(filter.mission())))),
                withAny("theme", filter.theme() == null, allThemes.stream()
                        .map(t -> FilterOption.text(t.getCode(), t.getDisplayName(locale), null,
                                t.getCode().equals(filter.theme())))));
    }

    /** Every entry matching the filter in date order, with citations, for downloads. */
    List<TimelineEntry> export(TimelineFilter filter) {
        return load(filter).groups().stream().flatMap(g -> g.entries().stream()).toList();
    }

    private static TimelineQueries.Criteria resolve(TimelineFilter filter, List<Mission> missions,
                                                    List<A4pTheme> themes) {
        Long missionId = null;
        if (filter.mission() != null) {
            missionId = missions.stream().filter(m -> m.getAcronym().equalsIgnoreCase(filter.mission()))
                    .findFirst().orElseThrow(() -> new InvalidFilterException("mission", filter.mission())).getId();
        }
        if (filter.theme() != null && themes.stream().noneMatch(t -> t.getCode().equals(filter.theme()))) {
            throw new InvalidFilterException("theme", filter.theme());
        }
        return new TimelineQueries.Criteria(filter.contributionKind().orElse(null), missionId, filter.theme(),
                filter.from(), filter.to());
    }

    private static TimelineEntry entry(Contribution c) {
        List<A4pTheme> themes = c.getThemes().stream().sorted(Comparator.comparingInt(A4pTheme::getSortOrder)).toList();
        Provenance provenance = c.isFromStatement() ? Provenance.STATEMENT : Provenance.PUBLIC_RECORD;
        return new TimelineEntry(Type.CONTRIBUTION, c.getId(), c.getKind().name(), c.getTitle(), c.getStart(),
                c.getEnd(), c.getMission(), themes, provenance, List.copyOf(c.getCitations()));
    }

    private static TimelineEntry entry(Milestone m) {
        return new TimelineEntry(Type.MILESTONE, m.getId(), TimelineFilter.MILESTONE, m.getTitle(), m.getOccurred(),
                m.getEnded(), m.getMission(), List.of(), m.getProvenance(), List.copyOf(m.getCitations()));
    }

    /** Year groups in order, then the undated entries as a last group. */
    private static List<YearGroup> group(List<TimelineEntry> entries) {
        Map<Integer, List<TimelineEntry>> byYear = new TreeMap<>();
        List<TimelineEntry> undated = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            if (entry.isDated()) {
                byYear.computeIfAbsent(entry.year(), y -> new ArrayList<>()).add(entry);
            } else {
                undated.add(entry);
            }
        }
        List<YearGroup> groups = new ArrayList<>();
        byYear.forEach((year, list) -> groups.add(new YearGroup(year, List.copyOf(list))));
        if (!undated.isEmpty()) {
            groups.add(new YearGroup(null, List.copyOf(undated)));
        }
        return groups;
    }

    private static BarChart chart(List<TimelineEntry> entries) {
        Map<Type, Map<Integer, Long>> counts = entries.stream().filter(TimelineEntry::isDated)
                .collect(Collectors.groupingBy(TimelineEntry::type,
                        Collectors.groupingBy(TimelineEntry::year, LinkedHashMap::new, Collectors.counting())));
        return BarChart.ofYears(SERIES, List.of(
                counts.getOrDefault(Type.CONTRIBUTION, Map.of()),
                counts.getOrDefault(Type.MILESTONE, Map.of())));
    }

    /** The contribution kinds and milestones, as the kind filter offers them. */
    private static List<FilterOption> kinds(TimelineFilter filter) {
        return withAny("kind", filter.kind() == null, Stream.concat(
                Arrays.stream(ContributionKind.values()).map(k -> FilterOption.constant(k, null, k.name().equals(filter.kind()))),
                Stream.of(FilterOption.message(TimelineFilter.MILESTONE, TimelineEntry.MILESTONE_LABEL, null,
                        TimelineFilter.MILESTONE.equals(filter.kind())))));
    }

    private static List<FilterOption> withAny(String name, boolean noneSelected, Stream<FilterOption> options) {
        return Stream.concat(Stream.of(FilterOption.any(name, noneSelected)), options).toList();
    }
}
