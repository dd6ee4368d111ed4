package org.peacerecord.timeline;

import org.peacerecord.contribution.Contribution;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.initiative.Initiative;
import org.peacerecord.milestone.Milestone;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.MissionChoices;
import org.peacerecord.mission.MissionFilter;
import org.peacerecord.mission.Missions;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.shared.Provenance;
import org.peacerecord.source.Citation;
import org.peacerecord.source.CitedRecord;
import org.peacerecord.database.VersionedCache;
import org.peacerecord.source.RecordTypes;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.theme.Themes;
import org.peacerecord.timeline.TimelineEntry.Type;
import org.peacerecord.timeline.TimelineView.YearGroup;
import org.peacerecord.training.Training;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.web.FilterOption;
import org.peacerecord.web.InvalidFilterException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds the timeline: each event once (training courses, initiatives that have a start, milestones), with Japan's
 * contributions to it, and the contributions that are part of no event; filtered and put in date order in the
 * database, a page of {@link #PAGE_SIZE} at a time, grouped by year, with the chart of all entries per year. A fixed
 * number of statements whatever the data size.
 */
@Service
@Transactional(readOnly = true)
class TimelineService {

    /**
     * Entries per page: the page stays the same size whatever the data grows to. No more than
     * {@code hibernate.default_batch_fetch_size} (application.properties), so that each association of a page's
     * records loads in one statement ({@code TimelineQueries}).
     */
    static final int PAGE_SIZE = 50;
    /** Entries in a download of the timeline. */
    static final int MAX_EXPORT = 5000;


    private final TimelineQueries queries;
    private final Missions missions;
    private final Themes themes;
    private final RecordTypes recordTypes;
    private final VersionedCache cache;
    private final Clock clock;

    TimelineService(TimelineQueries queries, Missions missions, Themes themes, RecordTypes recordTypes,
                    VersionedCache cache, ObjectProvider<Clock> clock) {
        this.cache = cache;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.queries = queries;
        this.missions = missions;
        this.themes = themes;
        this.recordTypes = recordTypes;
    }

    TimelineView load(TimelineFilter filter) {
        MissionChoices missionChoices = missions.choices(); // the filter's choices and the chart's lane of missions
        List<A4pTheme> allThemes = themes.all();
        TimelineQueries.Criteria criteria = resolve(filter, missionChoices, allThemes);
        Pageable pageable = PageRequest.of(filter.pageNumber() - 1, PAGE_SIZE);
        // the order of all entries and the chart cover every page: kept per filter until the data changes, so that
        // a page is a slice of the order and a fixed few queries for its own records
        String key = "timeline:" + new TimelineFilter(filter.kind(), filter.mission(), filter.theme(), filter.from(),
                filter.to(), null).toUrl("");
        long[] order = cache.get(key + ":order", () -> queries.order(criteria));
        long total = order.length;
        List<TimelineEntry> entries = pageable.getOffset() < total ? entries(filter, missionChoices,
                Arrays.stream(order, (int) pageable.getOffset(), (int) Math.min(total, pageable.getOffset() + PAGE_SIZE))
                        .mapToObj(TimelineQueries::unpack).toList(), false) : List.of();
        Page<TimelineEntry> page = new PageImpl<>(entries, pageable, total);

        Locale locale = LocaleContextHolder.getLocale();
        TimelineChart chart = drawing(filter, criteria, missionChoices, key, "missions");
        return new TimelineView(filter, group(entries), page, chart, chart.datedCount(), kinds(filter),
                missionChoices.options(criteria.missionId()),
                FilterOption.withAny("theme", filter.theme() == null, allThemes.stream()
                        .map(t -> FilterOption.text(t.getCode(), t.getDisplayName(locale), null,
                                t.getCode().equals(filter.theme())))));
    }

    /**
     * The entries matching the filter in date order, with citations, for downloads: the first {@link #MAX_EXPORT}
     * (the full lists download from their own pages).
     */
    List<TimelineEntry> export(TimelineFilter filter) {
        MissionChoices missionChoices = missions.choices();
        TimelineQueries.Criteria criteria = resolve(filter, missionChoices, themes.all());
        return entries(filter, missionChoices, queries.page(criteria, 0, MAX_EXPORT), true);
    }

    /**
     * The entries with these keys, in their order: each kind's records loaded by id with what the page shows, their
     * missions named from the choices kept per data version (joining the missions' table made PostgreSQL hash all
     * 2,000 missions at 100x for the page's 50 entries). The citations are loaded for the downloads only
     * ({@code passages}, with their passages): the page shows only whether a record cites the statement, which one
     * statement answers for the page's contributions and initiatives ({@link TimelineQueries#citingTheStatement}).
     */
    private List<TimelineEntry> entries(TimelineFilter filter, MissionChoices choices, List<TimelineQueries.Key> keys,
                                        boolean passages) {
        Map<Type, List<Long>> ids = new EnumMap<>(Type.class);
        keys.forEach(key -> ids.computeIfAbsent(key.type(), t -> new ArrayList<>()).add(key.id()));
        List<Contribution> contributions = queries.contributions(ids.getOrDefault(Type.CONTRIBUTION, List.of()));
        List<Training> trainings = queries.trainings(ids.getOrDefault(Type.TRAINING, List.of()));
        List<Initiative> initiatives = queries.initiatives(ids.getOrDefault(Type.INITIATIVE, List.of()));
        List<Milestone> milestones = queries.milestones(ids.getOrDefault(Type.MILESTONE, List.of()));
        queries.fetchThemesAndCitations(contributions, passages);
        queries.fetchTrainingThemesAndCitations(trainings, passages);
        queries.fetchMissionsAndCitations(initiatives, passages);
        queries.fetchCitations(milestones, passages);
        Set<TimelineQueries.Key> citing = queries.citingTheStatement(ids.getOrDefault(Type.CONTRIBUTION, List.of()),
                ids.getOrDefault(Type.INITIATIVE, List.of()));

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

        Map<TimelineQueries.Key, TimelineEntry> byKey = new HashMap<>();
        contributions.forEach(c -> byKey.put(new TimelineQueries.Key(Type.CONTRIBUTION, c.getId()),
                entry(c, markers.get(c.getId()), choices, citing, passages)));
        trainings.forEach(t -> byKey.put(new TimelineQueries.Key(Type.TRAINING, t.getId()),
                entry(t, trainingParts.getOrDefault(t.getId(), List.of()), choices, passages)));
        initiatives.forEach(i -> byKey.put(new TimelineQueries.Key(Type.INITIATIVE, i.getId()),
                entry(i, initiativeParts.getOrDefault(i.getId(), List.of()), choices, citing, passages)));
        milestones.forEach(m -> byKey.put(new TimelineQueries.Key(Type.MILESTONE, m.getId()), entry(m, choices, passages)));
        return keys.stream().map(byKey::get).filter(java.util.Objects::nonNull).toList();
    }

    private static TimelineQueries.Criteria resolve(TimelineFilter filter, MissionChoices missions,
                                                    List<A4pTheme> themes) {
        Long missionId = missions.idOf(filter.mission());
        if (filter.theme() != null && themes.stream().noneMatch(t -> t.getCode().equals(filter.theme()))) {
            throw new InvalidFilterException("theme", filter.theme());
        }
        return new TimelineQueries.Criteria(filter.contributionKind().orElse(null), missionId, filter.theme(),
                filter.from(), filter.to(), filter.includesContributions(), filter.includesTrainings(),
                filter.includesInitiatives(), filter.includesMilestones());
    }

    /** A contribution; listed on its own by the kind filter, it names the event it is part of. */
    private TimelineEntry entry(Contribution c, Milestone marker, MissionChoices choices,
                                Set<TimelineQueries.Key> citing, boolean passages) {
        LinkedRecord partOf = null;
        if (c.getTraining() != null) {
            partOf = new LinkedRecord("/trainings/" + c.getTraining().getId(), c.getTraining().getTitle(), null,
                    "timeline.kind." + TimelineFilter.COURSE, null, null, null);
        } else if (c.getInitiative() != null) {
            partOf = new LinkedRecord("/initiatives/" + c.getInitiative().getId(), c.getInitiative().getTitle(), null,
                    "timeline.kind." + TimelineFilter.INITIATIVE, null, null, null);
        } else if (marker != null) {
            partOf = new LinkedRecord("/milestones/" + marker.getId(), marker.getTitle(), null,
                    "timeline.kind." + TimelineFilter.MILESTONE, null, null, null);
        }
        return new TimelineEntry(Type.CONTRIBUTION, c.getId(), c.getKind().name(), c.getTitle(),
                "/contributions/" + c.getId(), c.getStart(), c.getEnd(), missions(choices, c.getMission()),
                themes(c.getThemes()), provenance(Type.CONTRIBUTION, c.getId(), citing), citations(c, passages),
                List.of(), partOf);
    }

    private TimelineEntry entry(Training t, List<LinkedRecord> parts, MissionChoices choices, boolean passages) {
        return new TimelineEntry(Type.TRAINING, t.getId(), TimelineFilter.COURSE, t.getTitle(), "/trainings/" + t.getId(),
                t.getStart(), t.getEnd(), missions(choices, t.getMission()), themes(t.getThemes()),
                t.getProvenance(), citations(t, passages), parts, null);
    }

    private static TimelineEntry entry(Initiative i, List<LinkedRecord> parts, MissionChoices choices,
                                       Set<TimelineQueries.Key> citing, boolean passages) {
        List<MissionChoices.Choice> missions = i.getMissions().stream()
                .flatMap(m -> choices.withId(m.getId()).stream())
                .sorted(Comparator.comparing(MissionChoices.Choice::acronym)).toList();
        return new TimelineEntry(Type.INITIATIVE, i.getId(), TimelineFilter.INITIATIVE, i.getTitle(),
                "/initiatives/" + i.getId(), i.getStart(), i.getEnd(), missions, List.of(),
                provenance(Type.INITIATIVE, i.getId(), citing), citations(i, passages), parts, null);
    }

    private TimelineEntry entry(Milestone m, MissionChoices choices, boolean passages) {
        List<LinkedRecord> parts = m.getContribution() == null ? List.of() : List.of(recordTypes.link(m.getContribution()));
        return new TimelineEntry(Type.MILESTONE, m.getId(), TimelineFilter.MILESTONE, m.getTitle(), "/milestones/" + m.getId(),
                m.getOccurred(), m.getEnded(), missions(choices, m.getMission()), List.of(), m.getProvenance(),
                citations(m, passages), parts, null);
    }

    /** The record's mission as its choice: its id is read from the record, the mission itself is not loaded. */
    private static List<MissionChoices.Choice> missions(MissionChoices choices, Mission mission) {
        return mission == null ? List.of() : choices.withId(mission.getId()).map(List::of).orElse(List.of());
    }

    private List<TimelineEntry.Theme> themes(Collection<A4pTheme> themes) {
        return themes.stream().sorted(Comparator.comparingInt(A4pTheme::getSortOrder))
                .map(t -> new TimelineEntry.Theme(t.getCode(), recordTypes.link(t))).toList();
    }

    /** From the statement when a passage is cited, from the public record otherwise. */
    private static Provenance provenance(Type type, long id, Set<TimelineQueries.Key> citing) {
        return citing.contains(new TimelineQueries.Key(type, id)) ? Provenance.STATEMENT : Provenance.PUBLIC_RECORD;
    }

    /** The record's citations for the downloads, which loaded them; none for a page, which does not show them. */
    private static List<Citation> citations(CitedRecord record, boolean passages) {
        return passages ? List.copyOf(record.getCitations()) : List.of();
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

    /** Dated entries per year, all of them (not only the page's). */
    /**
     * The drawing of a mission's or a theme's records, for its page: a fixed few statements. The missions lane holds
     * the mission itself, or (for a theme) nothing: the thousands of missions of a large record stay off those pages.
     */
    TimelineChart drawing(TimelineFilter filter) {
        MissionChoices lane = new MissionChoices(filter.mission() == null ? List.of()
                : missions.choices().find(filter.mission()).map(List::of)
                        .orElseThrow(() -> new InvalidFilterException("mission", filter.mission())));
        TimelineQueries.Criteria criteria = resolve(filter, lane, filter.theme() == null ? List.of() : themes.all());
        return drawing(filter, criteria, lane, "timeline:" + filter.toUrl(""), "own-lane");
    }

    /**
     * The drawing, laid out once per data version, filter, lane and day (today ends the open missions' bars): at 100
     * times the data the layout was ~18 % of the timeline's CPU on every view.
     */
    private TimelineChart drawing(TimelineFilter filter, TimelineQueries.Criteria criteria, MissionChoices lane,
                                  String key, String laneName) {
        LocalDate today = LocalDate.now(clock);
        return cache.get(key + ":chart:" + laneName + ":" + today, () -> layOut(filter, criteria, lane, key, today));
    }

    private TimelineChart layOut(TimelineFilter filter, TimelineQueries.Criteria criteria, MissionChoices lane,
                                 String key, LocalDate today) {
        Map<Type, Map<Integer, Long>> perYear = cache.get(key + ":years", () -> queries.perYear(criteria));
        Map<Type, Map<Integer, Long>> dense = dense(perYear);
        List<TimelineQueries.MarkRow> marks = cache.get(key + ":marks", () -> queries.marks(criteria,
                dense.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> List.copyOf(e.getValue().keySet())))));
        long dated = perYear.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
        return chart(filter, criteria, lane, dense, marks, dated, today);
    }

    /** The lane-years with more records than the chart draws one by one. */
    private static Map<Type, Map<Integer, Long>> dense(Map<Type, Map<Integer, Long>> perYear) {
        Map<Type, Map<Integer, Long>> dense = new EnumMap<>(Type.class);
        perYear.forEach((type, years) -> years.forEach((year, count) -> {
            if (count > TimelineChart.MAX_MARKS_PER_YEAR) {
                dense.computeIfAbsent(type, t -> new TreeMap<>()).put(year, count);
            }
        }));
        return dense;
    }

    /**
     * The visual timeline over the filter's years or, without them, over the years of its records and of the missions
     * shown: every mission (or the one chosen) as a bar, the records of each kind as marks, dense years as counts.
     */
    private TimelineChart chart(TimelineFilter filter, TimelineQueries.Criteria criteria, MissionChoices lane,
                                Map<Type, Map<Integer, Long>> dense, List<TimelineQueries.MarkRow> rows, long dated,
                                LocalDate today) {
        List<MissionChoices.Choice> shown = lane.all().stream()
                .filter(m -> m.start() != null)
                .filter(m -> criteria.missionId() == null || m.id() == criteria.missionId())
                .sorted(Comparator.comparing(MissionChoices.Choice::start))
                .toList();
        java.util.IntSummaryStatistics years = java.util.stream.Stream.concat(
                        rows.stream().map(row -> (row.startDay() != null ? row.startDay() : row.endDay()).getYear()),
                        dense.values().stream().flatMap(m -> m.keySet().stream()))
                .mapToInt(Integer::intValue).summaryStatistics();
        int from;
        int to;
        if (filter.hasYears() || years.getCount() > 0 || !shown.isEmpty()) {
            int first = Math.min(years.getCount() > 0 ? years.getMin() : Integer.MAX_VALUE,
                    shown.stream().mapToInt(m -> m.start().getYear()).min().orElse(Integer.MAX_VALUE));
            int last = Math.max(years.getCount() > 0 ? years.getMax() : Integer.MIN_VALUE,
                    shown.stream().mapToInt(m -> m.end() != null ? m.end().getYear() : today.getYear())
                            .max().orElse(Integer.MIN_VALUE));
            from = filter.from() != null ? filter.from() : first;
            to = filter.to() != null ? filter.to() : last;
            if (from > to) {
                to = from;
            }
        } else {
            from = today.getYear();
            to = today.getYear();
        }
        List<TimelineChart.Item> missionItems = shown.stream().map(m -> new TimelineChart.Item(null, "mission",
                "timeline.lane.mission", "/missions/" + m.acronym(), m.acronym() + " – " + m.name(),
                m.start(), m.end(), true, m.end() == null, m.acronym())).toList();
        List<TimelineChart.Item> items = rows.stream().map(row -> {
            String kind = row.type().name().toLowerCase(Locale.ROOT);
            String href = switch (row.type()) {
                case CONTRIBUTION -> "/contributions/" + row.id();
                case TRAINING -> "/trainings/" + row.id();
                case INITIATIVE -> "/initiatives/" + row.id();
                case MILESTONE -> "/milestones/" + row.id();
            };
            PartialDate start = row.startDay() == null ? null : new PartialDate(row.startDay(), row.startPrecision());
            PartialDate end = row.endDay() == null ? null : new PartialDate(row.endDay(), row.endPrecision());
            String kindKey = switch (row.type()) {
                case CONTRIBUTION -> "timeline.lane.contribution.one";
                case TRAINING -> "timeline.lane.training.one";
                case INITIATIVE -> "timeline.lane.initiative.one";
                case MILESTONE -> "timeline.lane.milestone.one";
            };
            return new TimelineChart.Item(row.type(), kind, kindKey, href, row.title(), start, end, row.fromStatement(),
                    false, null);
        }).toList();
        Map<Type, java.util.function.IntFunction<String>> yearLinks = new EnumMap<>(Type.class);
        for (Type type : Type.values()) {
            String kind = switch (type) {
                case CONTRIBUTION -> filter.contributionKind().map(Enum::name).orElse(null);
                case TRAINING -> TimelineFilter.COURSE;
                case INITIATIVE -> TimelineFilter.INITIATIVE;
                case MILESTONE -> TimelineFilter.MILESTONE;
            };
            yearLinks.put(type, year -> new TimelineFilter(kind, filter.mission(), filter.theme(), year, year, null)
                    .toUrl("/timeline"));
        }
        return TimelineChart.layout(from, to, missionItems, items, dense, yearLinks,
                year -> MissionFilter.runningIn(year).toUrl("/missions"), today, dated);
    }

    /** The contribution kinds, then the kinds of event, as the kind filter offers them. */
    private static List<FilterOption> kinds(TimelineFilter filter) {
        return FilterOption.withAny("kind", filter.kind() == null, Stream.concat(
                Arrays.stream(ContributionKind.values()).map(k -> FilterOption.constant(k, null, k.name().equals(filter.kind()))),
                TimelineFilter.EVENT_KINDS.stream().map(kind -> FilterOption.message(kind, "timeline.kind." + kind, null,
                        kind.equals(filter.kind())))));
    }
}
