package org.peacerecord.timeline;

import org.peacerecord.contribution.Contribution;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.initiative.Initiative;
import org.peacerecord.milestone.Milestone;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.Missions;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.shared.Provenance;
import org.peacerecord.source.CitedRecord;
import org.peacerecord.source.RecordTypes;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.theme.Themes;
import org.peacerecord.timeline.TimelineEntry.Type;
import org.peacerecord.timeline.TimelineView.YearGroup;
import org.peacerecord.training.Training;
import org.peacerecord.web.BarChart;
import org.peacerecord.web.FilterOption;
import org.peacerecord.web.InvalidFilterException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the timeline: each event once (training courses, initiatives that have a start, milestones), with Japan's
 * contributions to it, and the contributions that are part of no event; filtered in the database, merged in date
 * order, grouped by year. A fixed number of statements whatever the data size.
 */
@Service
@Transactional(readOnly = true)
class TimelineService {

    /** The timeline is small; this bounds a page (and a download) whatever the data grows to. */
    static final int MAX_ENTRIES_PER_TYPE = 1000;

    /** Chart series, one per {@link Type}, in its order. */
    static final List<String> SERIES = List.of("timeline.series.contributions", "timeline.series.trainings",
            "timeline.series.initiatives", "timeline.series.milestones");

    private final TimelineQueries queries;
    private final Missions missions;
    private final Themes themes;
    private final RecordTypes recordTypes;

    TimelineService(TimelineQueries queries, Missions missions, Themes themes, RecordTypes recordTypes) {
        this.queries = queries;
        this.missions = missions;
        this.themes = themes;
        this.recordTypes = recordTypes;
    }

    TimelineView load(TimelineFilter filter) {
        List<Mission> allMissions = missions.all();
        List<A4pTheme> allThemes = themes.all();
        TimelineQueries.Criteria criteria = resolve(filter, allMissions, allThemes);
        int limit = MAX_ENTRIES_PER_TYPE + 1;

        List<Contribution> contributions = filter.includesContributions() ? queries.contributions(criteria, limit) : List.of();
        List<Training> trainings = filter.includesTrainings() ? queries.trainings(criteria, limit) : List.of();
        List<Initiative> initiatives = filter.includesInitiatives() ? queries.initiatives(criteria, limit) : List.of();
        List<Milestone> milestones = filter.includesMilestones() ? queries.milestones(criteria, limit) : List.of();
        boolean truncated = Stream.of(contributions, trainings, initiatives, milestones)
                .anyMatch(list -> list.size() > MAX_ENTRIES_PER_TYPE);
        contributions = contributions.stream().limit(MAX_ENTRIES_PER_TYPE).toList();
        trainings = trainings.stream().limit(MAX_ENTRIES_PER_TYPE).toList();
        initiatives = initiatives.stream().limit(MAX_ENTRIES_PER_TYPE).toList();
        milestones = milestones.stream().limit(MAX_ENTRIES_PER_TYPE).toList();
        queries.fetchThemesAndCitations(contributions);
        queries.fetchTrainingThemesAndCitations(trainings);
        queries.fetchMissionsAndCitations(initiatives);
        queries.fetchCitations(milestones);

        Map<Long, List<LinkedRecord>> trainingParts = new HashMap<>();
        Map<Long, List<LinkedRecord>> initiativeParts = new HashMap<>();
        for (Contribution part : queries.partsOf(trainings, initiatives)) {
            if (part.getTraining() != null) {
                trainingParts.computeIfAbsent(part.getTraining().getId(), id -> new ArrayList<>()).add(recordTypes.link(part));
            } else {
                initiativeParts.computeIfAbsent(part.getInitiative().getId(), id -> new ArrayList<>()).add(recordTypes.link(part));
            }
        }
        Map<Long, Milestone> markers = filter.contributionKind().isPresent() ? queries.markers(contributions) : Map.of();

        List<TimelineEntry> entries = Stream.of(
                        contributions.stream().map(c -> entry(c, markers.get(c.getId()))),
                        trainings.stream().map(t -> entry(t, trainingParts.getOrDefault(t.getId(), List.of()))),
                        initiatives.stream().map(i -> entry(i, initiativeParts.getOrDefault(i.getId(), List.of()))),
                        milestones.stream().map(this::entry))
                .flatMap(s -> s)
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

    /** A contribution; listed on its own by the kind filter, it names the event it is part of. */
    private TimelineEntry entry(Contribution c, Milestone marker) {
        LinkedRecord partOf = null;
        if (c.getTraining() != null) {
            partOf = new LinkedRecord("/trainings/" + c.getTraining().getId(), c.getTraining().getTitle(), null,
                    "timeline.kind." + TimelineFilter.COURSE, null, null, null);
        } else if (c.getInitiative() != null) {
            partOf = new LinkedRecord("/initiatives/" + c.getInitiative().getId(), c.getInitiative().getTitle(), null,
                    "timeline.kind." + TimelineFilter.INITIATIVE, null, null, null);
        } else if (marker != null) {
            partOf = new LinkedRecord("/timeline#milestone-" + marker.getId(), marker.getTitle(), null,
                    "timeline.kind." + TimelineFilter.MILESTONE, null, null, null);
        }
        return new TimelineEntry(Type.CONTRIBUTION, c.getId(), c.getKind().name(), c.getTitle(),
                "/contributions/" + c.getId(), c.getStart(), c.getEnd(), missions(c.getMission()), themes(c.getThemes()),
                provenance(c), List.copyOf(c.getCitations()), List.of(), partOf);
    }

    private static TimelineEntry entry(Training t, List<LinkedRecord> parts) {
        return new TimelineEntry(Type.TRAINING, t.getId(), TimelineFilter.COURSE, t.getTitle(), "/trainings/" + t.getId(),
                t.getStart(), t.getEnd(), missions(t.getMission()), themes(t.getThemes()), t.getProvenance(),
                List.copyOf(t.getCitations()), parts, null);
    }

    private static TimelineEntry entry(Initiative i, List<LinkedRecord> parts) {
        List<Mission> missions = i.getMissions().stream().sorted(Comparator.comparing(Mission::getAcronym)).toList();
        return new TimelineEntry(Type.INITIATIVE, i.getId(), TimelineFilter.INITIATIVE, i.getTitle(),
                "/initiatives/" + i.getId(), i.getStart(), i.getEnd(), missions, List.of(), provenance(i),
                List.copyOf(i.getCitations()), parts, null);
    }

    private TimelineEntry entry(Milestone m) {
        List<LinkedRecord> parts = m.getContribution() == null ? List.of() : List.of(recordTypes.link(m.getContribution()));
        return new TimelineEntry(Type.MILESTONE, m.getId(), TimelineFilter.MILESTONE, m.getTitle(), null,
                m.getOccurred(), m.getEnded(), missions(m.getMission()), List.of(), m.getProvenance(),
                List.copyOf(m.getCitations()), parts, null);
    }

    private static List<Mission> missions(Mission mission) {
        return mission == null ? List.of() : List.of(mission);
    }

    private static List<A4pTheme> themes(Collection<A4pTheme> themes) {
        return themes.stream().sorted(Comparator.comparingInt(A4pTheme::getSortOrder)).toList();
    }

    /** From the statement when a passage is cited, from the public record otherwise. */
    private static Provenance provenance(CitedRecord record) {
        return record.isFromStatement() ? Provenance.STATEMENT : Provenance.PUBLIC_RECORD;
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
        return BarChart.ofYears(SERIES, Arrays.stream(Type.values())
                .map(type -> counts.getOrDefault(type, Map.of())).toList());
    }

    /** The contribution kinds, then the kinds of event, as the kind filter offers them. */
    private static List<FilterOption> kinds(TimelineFilter filter) {
        return withAny("kind", filter.kind() == null, Stream.concat(
                Arrays.stream(ContributionKind.values()).map(k -> FilterOption.constant(k, null, k.name().equals(filter.kind()))),
                TimelineFilter.EVENT_KINDS.stream().map(kind -> FilterOption.message(kind, "timeline.kind." + kind, null,
                        kind.equals(filter.kind())))));
    }

    private static List<FilterOption> withAny(String name, boolean noneSelected, Stream<FilterOption> options) {
        return Stream.concat(Stream.of(FilterOption.any(name, noneSelected)), options).toList();
    }
}
