package org.peacerecord.initiative;

import jakarta.persistence.EntityManager;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.MissionPageSection;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.shared.LinkedSection;
import org.peacerecord.source.RecordType;
import org.peacerecord.source.StructuredData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** Initiatives as a record type, and as a section of the mission page. */
@Component
@Order(55)
class InitiativeType implements RecordType<Initiative>, MissionPageSection {

    private final EntityManager entityManager;

    InitiativeType(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String code() {
        return "INITIATIVE";
    }

    @Override
    public String key() {
        return "initiative";
    }

    @Override
    public Class<Initiative> entityType() {
        return Initiative.class;
    }

    @Override
    public LinkedRecord link(Initiative i) {
        return new LinkedRecord("/initiatives/" + i.getId(), i.getTitle(), null,
                "enum.InitiativeKind." + i.getKind(), i.getStart(), i.getEnd(), null);
    }

    @Override
    public String order() {
        return "e.start.date asc nulls last, upper(e.title), e.id";
    }

    @Override
    public String listPage() {
        return "initiatives";
    }

    /** Initiatives with a start: the beginning of an initiative is an event; context and undated requests are not. */
    @Override
    public String timelineEntries() {
        return "e.start.date is not null";
    }

    @Override
    public String headingKey() {
        return "type.initiative.plural";
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedRecord> linkedToMission(Mission mission) {
        return entityManager.createQuery(
                        "select e from Initiative e join e.missions m where m = :mission order by " + order(),
                        Initiative.class)
                .setParameter("mission", mission)
                .setMaxResults(LinkedSection.FETCHED).getResultStream().map(this::link).toList();
    }

    /** An initiative of the UN (or the statement's context, request or proposal) is a project. */
    @Override
    public Map<String, Object> structuredData(Initiative i) {
        return StructuredData.properties("@type", "Project", "description", i.getDescription(),
                "foundingDate", i.getStart(), "dissolutionDate", i.getEnd());
    }
}
