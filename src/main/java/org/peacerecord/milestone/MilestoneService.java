package org.peacerecord.milestone;

import jakarta.persistence.EntityManager;
import org.peacerecord.api.ApiList;
import org.peacerecord.api.ApiResponses;
import org.peacerecord.database.InValues;
import org.peacerecord.shared.LinkedSection;
import org.peacerecord.source.RecordTypes;
import org.peacerecord.source.SourceRefs;
import org.peacerecord.web.ListPages;
import org.peacerecord.web.PageOnlyFilter;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads milestones for their pages and the read API, each in a fixed number of statements whatever the data size. */
@Service
@Transactional(readOnly = true)
class MilestoneService {

    private final EntityManager entityManager;

    private final SourceRefs sourceRefs;
    private final ApiResponses api;
    private final RecordTypes types;

    MilestoneService(EntityManager entityManager, SourceRefs sourceRefs, ApiResponses api, RecordTypes types) {
        this.entityManager = entityManager;
        this.sourceRefs = sourceRefs;
        this.api = api;
        this.types = types;
    }

    /** One page of every milestone by date, with mission, region and sources, for the read API: three statements. */
    ApiList api(PageOnlyFilter filter) {
        Pageable pageable = ListPages.of(filter.pageNumber());
        long total = entityManager.createQuery("select count(m) from Milestone m", Long.class).getSingleResult();
        List<Milestone> milestones = pageable.getOffset() < total ? entityManager.createQuery("""
                        select m from Milestone m left join fetch m.mission left join fetch m.region
                        left join fetch m.contribution order by m.occurred.date, m.id""", Milestone.class)
                .setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList()
                : List.of();
        return api.list(MilestoneApi.PATH, filter, new PageImpl<>(milestones, pageable, total), this::rows,
                MilestoneExport.TABLE, r -> api.href(r.milestone()));
    }

    /** A milestone for the read API: its fields, citations, and its mission and contribution as related records. */
    Map<String, Object> api(long id) {
        Milestone milestone = detail(id);
        List<LinkedSection> related = new ArrayList<>();
        if (milestone.getMission() != null) {
            related.add(LinkedSection.of("type.mission.plural", List.of(types.link(milestone.getMission())), null));
        }
        if (milestone.getContribution() != null) {
            related.add(LinkedSection.of("type.contribution.plural", List.of(types.link(milestone.getContribution())),
                    null));
        }
        return api.record(MilestoneExport.TABLE, rows(List.of(milestone)).get(0), milestone, related);
    }

    private List<MilestoneExport.Row> rows(List<Milestone> milestones) {
        if (!milestones.isEmpty()) { // their countries, in one statement
            InValues these = InValues.of("m", "milestone", milestones);
            these.bind(entityManager.createQuery("select distinct m from Milestone m left join fetch m.countries"
                    + " where " + these.condition(), Milestone.class)).getResultList();
        }
        Map<Long, String> sources = sourceRefs.of("MILESTONE", milestones.stream().map(Milestone::getId).toList());
        return milestones.stream().map(m -> new MilestoneExport.Row(m, sources.get(m.getId()))).toList();
    }

    /** The milestone with its mission, contribution and region (one statement) and its cited passages (one). */
    Milestone detail(long id) {
        Milestone milestone = entityManager.createQuery("""
                        select m from Milestone m left join fetch m.mission left join fetch m.contribution
                        left join fetch m.region left join fetch m.countries where m.id = :id""", Milestone.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> RecordNotFoundException.record("MILESTONE", id));
        entityManager.createQuery("""
                        select distinct m from Milestone m left join fetch m.citations c left join fetch c.passage
                        where m.id = :id""", Milestone.class)
                .setParameter("id", id).getResultList();
        return milestone;
    }
}
