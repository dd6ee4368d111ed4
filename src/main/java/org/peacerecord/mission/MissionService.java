package org.peacerecord.mission;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.peacerecord.api.ApiList;
import org.peacerecord.api.ApiResponses;
import org.peacerecord.country.Countries;
import org.peacerecord.country.CountryMap;
import org.peacerecord.country.CountryMaps;
import org.peacerecord.database.InValues;
import org.peacerecord.database.VersionedCache;
import org.peacerecord.shared.LinkedSection;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.TimelineDrawing;
import org.peacerecord.shared.TimelineDrawings;
import org.peacerecord.source.SourceRefs;
import org.peacerecord.web.FilterOption;
import org.peacerecord.web.InvalidFilterException;
import org.peacerecord.web.ListPages;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

/** Reads missions for the public pages, each in a fixed number of statements whatever the data size. */
@Service
@Transactional(readOnly = true)
class MissionService {

    private final EntityManager entityManager;
    private final List<MissionPageSection> sections;
    private final SourceRefs sourceRefs;
    private final ObjectProvider<TimelineDrawings> drawings;

    private final ApiResponses api;
    private final Missions missions;
    private final VersionedCache cache;
    private final Clock clock;
    private final CountryMaps maps;

    MissionService(EntityManager entityManager, List<MissionPageSection> sections, SourceRefs sourceRefs,
                   ObjectProvider<TimelineDrawings> drawings, ApiResponses api, Missions missions,
                   VersionedCache cache, ObjectProvider<Clock> clock, CountryMaps maps) {
        this.maps = maps;
        this.cache = cache;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.api = api;
        this.missions = missions;
        this.drawings = drawings;
        this.entityManager = entityManager;
        this.sections = sections;
        this.sourceRefs = sourceRefs;
    }

    /**
     * One page of missions with their regions and host countries, the sort orders, the years and countries to choose
     * from, and the map of every mission by host country (with a year chosen, of the missions running in it): five
     * statements (six with a year chosen, when the countries are counted under it).
     */
    MissionResults browse(MissionFilter filter) {
        if (filter.country() != null && !Countries.all().exists(filter.country())) {
            throw new InvalidFilterException("country", filter.country());
        }
        String where = where(filter.country(), filter.year());
        Pageable pageable = ListPages.of(filter.pageNumber());
        TypedQuery<Long> count = entityManager.createQuery("select count(m) from Mission m" + where, Long.class);
        long total = bind(count, filter.country(), filter.year()).getSingleResult();
        List<Mission> rows = pageable.getOffset() < total
                ? bind(entityManager.createQuery("select m from Mission m left join fetch m.region" + where
                                + " order by " + filter.sortOrder().jpql(), Mission.class), filter.country(), filter.year())
                        .setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList()
                : List.of();
        rows.forEach(Mission::getCountries); // the page shows them: loaded now, in one batch
        Locale locale = LocaleContextHolder.getLocale();
        CountryMap everyMission = missions.map(locale);
        Map<String, Long> inYear = filter.year() == null ? null : countriesIn(filter.year());
        // With a year chosen, the map shows where the missions running in it were, each country linking to them
        CountryMap map = inYear == null ? everyMission : maps.counts(inYear,
                code -> new MissionFilter(code, filter.year(), null, null).toUrl("/missions"), locale);
        List<FilterOption> countries = FilterOption.withAny("country", filter.country() == null, everyMission.listed().stream()
                .filter(area -> inYear == null || inYear.containsKey(area.code()) || area.code().equals(filter.country()))
                .map(area -> FilterOption.text(area.code(), area.name(),
                        inYear == null ? area.count() : inYear.getOrDefault(area.code(), 0L),
                        area.code().equals(filter.country()))));
        // Years with missions running (in the chosen country)
        List<FilterOption> years = FilterOption.years(yearCounts(filter.country()), filter.year());
        return new MissionResults(filter, new PageImpl<>(rows, pageable, total), Arrays.stream(MissionSort.values())
                .map(s -> FilterOption.sort(s, s.param(), s == filter.sortOrder())).toList(), countries, years, map);
    }

    /** The condition of the list's filters, in the order {@link #bind} gives their values. */
    private String where(String country, Integer year) {
        List<String> conditions = new ArrayList<>();
        if (country != null) {
            conditions.add(":country member of m.countries");
        }
        if (year != null) {
            // The mandate [start, end] overlaps the year; a mission still running (no end) runs up to today, not into
            // years to come.
            conditions.add("m.start.date < :nextYear and (m.end.date >= :year"
                    + (year <= LocalDate.now(clock).getYear() ? " or m.end.date is null)" : ")"));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String country, Integer year) {
        if (country != null) {
            query.setParameter("country", country);
        }
        if (year != null) {
            query.setParameter("year", LocalDate.of(year, 1, 1)).setParameter("nextYear", LocalDate.of(year + 1, 1, 1));
        }
        return query;
    }

    /**
     * Per year, how many missions (in the country, if one is chosen) run during it: grouped by first and last year in
     * the database, each mandate then counted once for every year it covers (a mission still running, up to this
     * year). Kept per data version and year: one statement when the data has changed.
     */
    private Map<Integer, Long> yearCounts(String country) {
        int thisYear = LocalDate.now(clock).getYear();
        return cache.get("missions.years:" + country + ":" + thisYear, () -> {
            String where = where(country, null);
            TypedQuery<Object[]> query = bind(entityManager.createQuery("""
                    select extract(year from m.start.date), extract(year from m.end.date), count(m) from Mission m"""
                    + (where.isEmpty() ? " where " : where + " and ") + """
                    m.start.date is not null
                    group by extract(year from m.start.date), extract(year from m.end.date)""", Object[].class),
                    country, null);
            Map<Integer, Long> counts = new TreeMap<>();
            for (Object[] row : query.getResultList()) {
                int first = (Integer) row[0];
                if (row[1] == null && first > thisYear) {
                    continue; // still running, from a start yet to come: no year of it has passed (as the list says)
                }
                int last = Math.max(first, row[1] == null ? thisYear : (Integer) row[1]);
                for (int year = first; year <= last; year++) {
                    counts.merge(year, (Long) row[2], Long::sum);
                }
            }
            return new YearCounts(counts);
        }).counts();
    }

    /** How many missions each country hosted that were running in the year: one statement. */
    private Map<String, Long> countriesIn(int year) {
        Map<String, Long> counts = new HashMap<>();
        bind(entityManager.createQuery("select c, count(m) from Mission m join m.countries c" + where(null, year)
                + " group by c", Object[].class), null, year)
                .getResultStream().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** Missions per year, as kept in the data cache. */
    private record YearCounts(Map<Integer, Long> counts) implements VersionedCache.Weighed {
        YearCounts {
            counts = Map.copyOf(counts);
        }

        @Override
        public int estimatedBytes() {
            return 64 + counts.size() * 48;
        }
    }

    /** Every mission for a download, with its sources: two statements. */
    List<MissionExport.Row> export(MissionFilter filter) {
        return rows(entityManager.createQuery("select m from Mission m left join fetch m.region order by "
                + filter.sortOrder().jpql(), Mission.class).getResultList());
    }

    /** One page of the list for the read API, as the page lists it, with each mission's sources: three statements. */
    ApiList api(MissionFilter filter) {
        return api.list(MissionApi.PATH, filter, browse(filter).page(), this::rows, MissionExport.TABLE,
                r -> api.href(r.mission()));
    }

    /** A mission for the read API: its fields, citations and the records linked to it, as its page shows them. */
    Map<String, Object> api(String acronym) {
        MissionPage page = detail(acronym);
        return api.record(MissionExport.TABLE, rows(List.of(page.mission())).get(0), page.mission(), page.sections());
    }

    private List<MissionExport.Row> rows(List<Mission> missions) {
        if (!missions.isEmpty()) { // their host countries, in one statement
            InValues these = InValues.of("m", "mission", missions);
            these.bind(entityManager.createQuery("select distinct m from Mission m left join fetch m.countries where "
                    + these.condition(), Mission.class)).getResultList();
        }
        Map<Long, String> sources = sourceRefs.of("MISSION", missions.stream().map(Mission::getId).toList());
        return missions.stream().map(m -> new MissionExport.Row(m, sources.get(m.getId()))).toList();
    }

    /**
     * A mission with its region and cited passages, and every section of linked records: one query each. The acronym
     * (in any case) is looked up among the missions' choices kept per data version, and the mission read by its id:
     * at 100 times the data, matching the acronym in the query scanned the 2,000 missions on every view.
     */
    MissionPage detail(String acronym) {
        long id = missions.choices().find(acronym)
                .orElseThrow(() -> new RecordNotFoundException("Mission", acronym)).id();
        Mission mission = entityManager.createQuery("""
                        select distinct m from Mission m left join fetch m.region left join fetch m.countries
                        left join fetch m.citations c left join fetch c.passage
                        where m.id = :id""", Mission.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Mission", acronym));
        List<LinkedSection> linked = sections.stream()
                .map(section -> LinkedSection.of(section.headingKey(), section.linkedToMission(mission),
                        section.allLinkedToMission(mission)))
                .toList();
        TimelineDrawings timeline = drawings.getIfAvailable();
        return new MissionPage(mission, linked, timeline == null ? null : timeline.ofMission(mission.getAcronym()));
    }

    /** One page of the mission list with its sort orders and the years and countries to choose from. */
    record MissionResults(MissionFilter filter, Page<Mission> page, List<FilterOption> sorts,
                          List<FilterOption> countries, List<FilterOption> years, CountryMap map) {

        /** The page's missions as the list shows them in this language ({@link Row}). */
        public List<Row> rows(Locale locale) {
            return page.getContent().stream().map(mission -> Row.of(mission, locale)).toList();
        }

        /**
         * A mission as the list shows it, its region named in the reader's language. Values, not the entity: the list
         * renders each row once for equal values and language ({@code pr:replace-cached}), which takes no entities.
         */
        public record Row(String acronym, String name, MissionKind kind, SortedSet<String> countries,
                          String unmatchedCountry, String region, PartialDate start, PartialDate end) {

            static Row of(Mission mission, Locale locale) {
                return new Row(mission.getAcronym(), mission.getName(), mission.getKind(), mission.getCountries(),
                        mission.getUnmatchedCountry(),
                        mission.getRegion() == null ? null : mission.getRegion().getDisplayName(locale),
                        mission.getStart(), mission.getEnd());
            }
        }
    }

    /** A mission, the sections of its linked records, and its records drawn on the timeline (null: none). */
    record MissionPage(Mission mission, List<LinkedSection> sections, TimelineDrawing timeline) {
    }
}
