package org.peacerecord.contribution;

import jakarta.persistence.EntityManager;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.MissionPageSection;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.source.RecordType;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.theme.ThemePageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Contributions as a record type, and as sections of the mission and theme pages. */
@Component
@Order(10)
@Transactional(readOnly = true)
class ContributionType implements RecordType<Contribution>, MissionPageSection, ThemePageSection {

    private static final String ORDER = " order by c.start.date asc nulls last, c.title";

    private final EntityManager entityManager;

    ContributionType(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String code() {
        return "CONTRIBUTION";
    }

    @Override
    public String key() {
        return "contribution";
    }

    @Override
    public Class<Contribution> entityType() {
        return Contribution.class;
    }

    @Override
    public LinkedRecord link(Contribution c) {
        return new LinkedRecord("/contributions/" + c.getId(), c.getTitle(), null, "enum.ContributionKind." + c.getKind(),
                c.getStart(), c.getEnd(), null);
    }

    @Override
    public String order() {
        return "upper(e.title), e.id";
    }

    @Override
    public String listPage() {
        return "contributions";
    }

    @Override
    public String chartDate() {
        return "coalesce(e.start.date, e.end.date)";
    }

    @Override
    public boolean isOnTimeline() {
        return true;
    }

    @Override
    public String headingKey() {
        return "type.contribution.plural";
    }

    @Override
    public List<LinkedRecord> linkedToMission(Mission mission) {
        return entityManager.createQuery("select c from Contribution c where c.mission = :mission" + ORDER,
                        Contribution.class)
                .setParameter("mission", mission)
                .getResultStream().map(this::link).toList();
    }

    @Override
    public List<LinkedRecord> linkedToTheme(A4pTheme theme) {
        return entityManager.createQuery("select c from Contribution c join c.themes t where t = :theme" + ORDER,
                        Contribution.class)
                .setParameter("theme", theme)
                .getResultStream().map(this::link).toList();
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
}
