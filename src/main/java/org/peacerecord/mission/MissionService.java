package org.peacerecord.mission;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.peacerecord.api.ApiList;
import org.peacerecord.api.ApiResponses;
import org.peacerecord.country.Countries;
import org.peacerecord.country.CountryMap;
import org.peacerecord.shared.LinkedSection;
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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    MissionService(EntityManager entityManager, List<MissionPageSection> sections, SourceRefs sourceRefs,
                   ObjectProvider<TimelineDrawings> drawings, ApiResponses api, Missions missions) {
        this.api = api;
        this.missions = missions;
        this.drawings = drawings;
        this.entityManager = entityManager;
        this.sections = sections;
        this.sourceRefs = sourceRefs;
    }

    /**
     * One page of missions with their regions and host countries, the sort orders, and the map of every mission by
     * host country: four statements.
     */
    MissionResults browse(MissionFilter filter) {
        if (filter.country() != null && !Countries.all().exists(filter.country())) {
            throw new InvalidFilterException("country", filter.country());
        }
        String where = filter.country() == null ? "" : " where :country member of m.countries";
        Pageable pageable = ListPages.of(filter.pageNumber());
        TypedQuery<Long> count = entityManager.createQuery("select count(m) from Mission m" + where, Long.class);
        long total = bindCountry(count, filter).getSingleResult();
        List<Mission> rows = pageable.getOffset() < total
                ? bindCountry(entityManager.createQuery("select m from Mission m left join fetch m.region" + where
                                + " order by " + filter.sortOrder().jpql(), Mission.class), filter)
                        .setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList()
                : List.of();
        rows.forEach(Mission::getCountries); // the page shows them: loaded now, in one batch
        CountryMap map = missions.map(LocaleContextHolder.getLocale());
        List<FilterOption> countries = new ArrayList<>();
        countries.add(FilterOption.any("country", filter.country() == null));
        map.listed().forEach(area -> countries.add(FilterOption.text(area.code(), area.name(), area.count(),
                area.code().equals(filter.country()))));
        return new MissionResults(filter, new PageImpl<>(rows, pageable, total), Arrays.stream(MissionSort.values())
                .map(s -> FilterOption.sort(s, s.param(), s == filter.sortOrder())).toList(), countries, map);
    }

    private static <T> TypedQuery<T> bindCountry(TypedQuery<T> query, MissionFilter filter) {
        return filter.country() == null ? query : query.setParameter("country", filter.country());
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
            entityManager.createQuery("select distinct m from Mission m left join fetch m.countries where m in :missions",
                    Mission.class).setParameter("missions", missions).getResultList();
        }
        Map<Long, String> sources = sourceRefs.of("MISSION", missions.stream().map(Mission::getId).toList());
        return missions.stream().map(m -> new MissionExport.Row(m, sources.get(m.getId()))).toList();
    }

    /** A mission with its region and cited passages, and every section of linked records: one query each. */
    MissionPage detail(String acronym) {
        Mission mission = entityManager.createQuery("""
                        select distinct m from Mission m left join fetch m.region left join fetch m.countries
                        left join fetch m.citations c left join fetch c.passage
                        where upper(m.acronym) = :acronym""", Mission.class)
                .setParameter("acronym", acronym.toUpperCase(Locale.ROOT))
                .getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Mission", acronym));
        List<LinkedSection> linked = sections.stream()
                .map(section -> LinkedSection.of(section.headingKey(), section.linkedToMission(mission),
                        section.allLinkedToMission(mission)))
                .toList();
        TimelineDrawings timeline = drawings.getIfAvailable();
        return new MissionPage(mission, linked, timeline == null ? null : timeline.ofMission(mission.getAcronym()));
    }

    /** One page of the mission list with its sort orders. */
    record MissionResults(MissionFilter filter, Page<Mission> page, List<FilterOption> sorts,
                          List<FilterOption> countries, CountryMap map) {
    }

    /** A mission, the sections of its linked records, and its records drawn on the timeline (null: none). */
    record MissionPage(Mission mission, List<LinkedSection> sections, TimelineDrawing timeline) {
    }
}
