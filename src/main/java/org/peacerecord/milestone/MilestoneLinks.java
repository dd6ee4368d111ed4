package org.peacerecord.milestone;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.MissionLinkedRecords;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.source.RecordLinks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Milestones as the mission and statement pages list them: each links to its entry on the timeline. */
@Component
@Order(40)
@Transactional(readOnly = true)
class MilestoneLinks implements MissionLinkedRecords, RecordLinks {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String headingKey() {
        return "browse.linked.milestones";
    }

    @Override
    public List<LinkedRecord> linkedToMission(Mission mission) {
        return entityManager.createQuery("select m from Milestone m where m.mission = :mission"
                        + " order by m.occurred.date, m.title", Milestone.class)
                .setParameter("mission", mission)
                .getResultStream().map(MilestoneLinks::link).toList();
    }

    @Override
    public String recordType() {
        return "MILESTONE";
    }

    @Override
    public Map<Long, LinkedRecord> linksTo(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select m from Milestone m where m.id in :ids", Milestone.class)
                .setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Milestone::getId, MilestoneLinks::link));
    }

    /** The milestone's entry on the timeline page (anchor {@code milestone-{id}}). */
    private static String href(long id) {
        return "/timeline#milestone-" + id;
    }

    private static LinkedRecord link(Milestone m) {
        return new LinkedRecord(href(m.getId()), m.getTitle(), null, null, m.getOccurred(), m.getEnded(), null);
    }
}
