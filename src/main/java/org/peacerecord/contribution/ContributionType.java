package org.peacerecord.contribution;

import jakarta.persistence.EntityManager;
import org.peacerecord.initiative.Initiative;
import org.peacerecord.initiative.InitiativePageSection;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.MissionPageSection;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.shared.LinkedSection;
import org.peacerecord.source.RecordType;
import org.peacerecord.source.StructuredData;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.theme.ThemePageSection;
import org.peacerecord.training.Training;
import org.peacerecord.training.TrainingPageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Contributions as a record type, and as sections of the mission, theme, training and initiative pages. */
@Component
@Order(10)
class ContributionType implements RecordType<Contribution>, MissionPageSection, ThemePageSection, TrainingPageSection,
        InitiativePageSection {

    /** Linked sections list contributions as the contributions list does by default (ix_contribution_start_title). */
    private static final String ORDER = " order by " + ContributionSort.START.jpql();

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

    /** Contributions that are not Japan's part in a training, an initiative or a milestone on the timeline. */
    static final String STANDALONE = "e.training is null and e.initiative is null"
            + " and e.id not in (select ms.contribution.id from Milestone ms where ms.contribution is not null)";

    @Override
    public String timelineEntries() {
        return STANDALONE;
    }

    @Override
    public String headingKey() {
        return "type.contribution.plural";
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedRecord> linkedToMission(Mission mission) {
        return entityManager.createQuery("select c from Contribution c where c.mission = :mission" + ORDER,
                        Contribution.class)
                .setParameter("mission", mission)
                .setMaxResults(LinkedSection.FETCHED).getResultStream().map(this::link).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedRecord> linkedToTheme(A4pTheme theme) {
        return entityManager.createQuery("select c from Contribution c join c.themes t where t = :theme" + ORDER,
                        Contribution.class)
                .setParameter("theme", theme)
                .setMaxResults(LinkedSection.FETCHED).getResultStream().map(this::link).toList();
    }

    /** On a course's or an initiative's page, its contributions are Japan's part in it. */
    @Override
    @Transactional(readOnly = true)
    public List<LinkedRecord> linkedToTraining(Training training) {
        return entityManager.createQuery("select c from Contribution c where c.training = :training" + ORDER,
                        Contribution.class)
                .setParameter("training", training)
                .setMaxResults(LinkedSection.FETCHED).getResultStream().map(this::link).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedRecord> linkedToInitiative(Initiative initiative) {
        return entityManager.createQuery("select c from Contribution c where c.initiative = :initiative" + ORDER,
                        Contribution.class)
                .setParameter("initiative", initiative)
                .setMaxResults(LinkedSection.FETCHED).getResultStream().map(this::link).toList();
    }

    @Override
    public String countColumn() {
        return "contribution_count";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> countsByTheme() {
        return entityManager.createQuery("select t.id, count(c) from Contribution c join c.themes t group by t.id",
                        Object[].class)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** A financial contribution is a grant; the others are actions, by Japan. */
    @Override
    public Map<String, Object> structuredData(Contribution c) {
        Map<String, Object> japan = StructuredData.properties("@type", "Country", "name", "Japan");
        if (c.getKind() == ContributionKind.FINANCIAL) {
            Map<String, Object> grant = StructuredData.properties("@type", "MonetaryGrant", "description", c.getDescription(),
                    "funder", japan, "startDate", c.getStart(), "endDate", c.getEnd());
            if (c.getAmount() != null) {
                grant.put("amount", StructuredData.properties("@type", "MonetaryAmount", "value", c.getAmount().getAmount(),
                        "currency", c.getAmount().getCurrency()));
            }
            return grant;
        }
        return StructuredData.properties("@type", "Action", "description", c.getDescription(), "agent", japan,
                "startTime", c.getStart(), "endTime", c.getEnd());
    }
}
