package org.peacerecord.mission;

import jakarta.persistence.EntityManager;
import org.peacerecord.api.ApiList;
import org.peacerecord.api.ApiResponses;
import org.peacerecord.shared.LinkedSection;
import org.peacerecord.source.SourceRefs;
import org.peacerecord.web.FilterOption;
import org.peacerecord.web.ListPages;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.peacerecord.shared.TimelineDrawing;
import org.peacerecord.shared.TimelineDrawings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    MissionService(EntityManager entityManager, List<MissionPageSection> sections, SourceRefs sourceRefs,
                   ObjectProvider<TimelineDrawings> drawings, ApiResponses api) {
        this.api = api;
        this.drawings = drawings;
        this.entityManager = entityManager;
        this.sections = sections;
        this.sourceRefs = sourceRefs;
    }

    /** One page of missions with their regions, and the sort orders: two statements. */
    MissionResults browse(MissionFilter filter) {
        Pageable pageable = ListPages.of(filter.pageNumber());
        long total = entityManager.createQuery("select count(m) from Mission m", Long.class).getSingleResult();
        List<Mission> rows = pageable.getOffset() < total
                ? entityManager.createQuery("select m from Mission m left join fetch m.region order by "
                                + filter.sortOrder().jpql(), Mission.class)
                        .setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList()
                : List.of();
        return new MissionResults(filter, new PageImpl<>(rows, pageable, total), Arrays.stream(MissionSort.values())
                .map(s -> FilterOption.sort(s, s.param(), s == filter.sortOrder())).toList());
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
        Map<Long, String> sources = sourceRefs.of("MISSION", missions.stream().map(Mission::getId).toList());
        return missions.stream().map(m -> new MissionExport.Row(m, sources.get(m.getId()))).toList();
    }

    /** A mission with its region and cited passages, and every section of linked records: one query each. */
    MissionPage detail(String acronym) {
        Mission mission = entityManager.createQuery("""
                        select distinct m from Mission m left join fetch m.region
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
    record MissionResults(MissionFilter filter, Page<Mission> page, List<FilterOption> sorts) {
    }

    /** A mission, the sections of its linked records, and its records drawn on the timeline (null: none). */
    record MissionPage(Mission mission, List<LinkedSection> sections, TimelineDrawing timeline) {
    }
}
