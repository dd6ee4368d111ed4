package org.peacerecord.mission;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.source.SourceRefs;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the public mission pages show, each in a fixed number of queries. */
@Component
@Transactional(readOnly = true)
class MissionQueries {

    private final List<MissionLinkedRecords> sections;
    private final SourceRefs sourceRefs;

    @PersistenceContext
    private EntityManager entityManager;

    MissionQueries(List<MissionLinkedRecords> sections, SourceRefs sourceRefs) {
        this.sections = sections;
        this.sourceRefs = sourceRefs;
    }

    /** One page of missions with their regions: two queries. */
    Page<Mission> page(MissionSort sort, Pageable pageable) {
        List<Mission> rows = entityManager.createQuery(
                        "select m from Mission m left join fetch m.region order by " + sort.jpql(), Mission.class)
                .setFirstResult((int) Math.min(pageable.getOffset(), Integer.MAX_VALUE))
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        long total = entityManager.createQuery("select count(m) from Mission m", Long.class).getSingleResult();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Every mission for a download, with its sources: two queries. */
    MissionExport export(MissionSort sort) {
        List<Mission> rows = entityManager.createQuery(
                "select m from Mission m left join fetch m.region order by " + sort.jpql(), Mission.class).getResultList();
        return new MissionExport(rows, sourceRefs.of("MISSION", rows.stream().map(Mission::getId).toList()));
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
        List<MissionPage.Section> linked = sections.stream()
                .map(section -> new MissionPage.Section(section.headingKey(), section.linkedToMission(mission)))
                .toList();
        return new MissionPage(mission, linked);
    }

    record MissionPage(Mission mission, List<Section> sections) {

        record Section(String headingKey, List<LinkedRecord> records) {
        }
    }

    record MissionExport(List<Mission> missions, Map<Long, String> sources) {
    }
}
