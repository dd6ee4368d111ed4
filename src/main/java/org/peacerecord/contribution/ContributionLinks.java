package org.peacerecord.contribution;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.MissionLinkedRecords;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.source.RecordLinks;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.theme.ThemeLinkedRecords;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Contributions as the mission, theme and statement pages list them. */
@Component
@Order(10)
@Transactional(readOnly = true)
class ContributionLinks implements MissionLinkedRecords, ThemeLinkedRecords, RecordLinks {

    private static final String ORDER = " order by c.start.date asc nulls last, c.title";

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String headingKey() {
        return "browse.linked.contributions";
    }

    @Override
    public List<LinkedRecord> linkedToMission(Mission mission) {
        return entityManager.createQuery("select c from Contribution c where c.mission = :mission" + ORDER,
                        Contribution.class)
                .setParameter("mission", mission)
                .getResultStream().map(ContributionLinks::link).toList();
    }

    @Override
    public List<LinkedRecord> linkedToTheme(A4pTheme theme) {
        return entityManager.createQuery("select c from Contribution c join c.themes t where t = :theme" + ORDER,
                        Contribution.class)
                .setParameter("theme", theme)
                .getResultStream().map(ContributionLinks::link).toList();
    }

    @Override
    public String countColumn() {
        return "contribution_count";
    }

    @Override
    public Map<Long, Long> countsByTheme() {
        return entityManager.createQuery("select t.id, count(c) from Contribution c join c.themes t group by t.id",
                        Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    @Override
    public String recordType() {
        return "CONTRIBUTION";
    }

    @Override
    public Map<Long, LinkedRecord> linksTo(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select c from Contribution c where c.id in :ids", Contribution.class)
                .setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Contribution::getId, ContributionLinks::link));
    }

    static LinkedRecord link(Contribution c) {
        return new LinkedRecord("/contributions/" + c.getId(), c.getTitle(), null, "contribution.kind." + c.getKind(),
                c.getStart(), c.getEnd(), null);
    }
}
