package org.peacerecord.person;

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

/** People as a record type, and as a section of the mission page; those remembered in memoriam say so. */
@Component
@Order(50)
class PersonType implements RecordType<Person>, MissionPageSection {

    private final EntityManager entityManager;

    PersonType(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String code() {
        return "PERSON";
    }

    @Override
    public String key() {
        return "person";
    }

    @Override
    public Class<Person> entityType() {
        return Person.class;
    }

    @Override
    public LinkedRecord link(Person p) {
        return new LinkedRecord("/people/" + p.getId(), p.getName(), p.getNameJa(), null, null, null, p.getRole(),
                p.isInMemoriam());
    }

    @Override
    public String order() {
        return "upper(e.name), e.id";
    }

    @Override
    public String listPage() {
        return "people";
    }

    @Override
    public String headingKey() {
        return "type.person.plural";
    }

    /** All the people of a mission: the people list, filtered. */
    @Override
    public String allLinkedToMission(Mission mission) {
        return "/people?mission=" + mission.getAcronym();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedRecord> linkedToMission(Mission mission) {
        return entityManager.createQuery("select e from Person e where e.mission = :mission order by " + order(),
                        Person.class)
                .setParameter("mission", mission)
                .setMaxResults(LinkedSection.FETCHED).getResultStream().map(this::link).toList();
    }

    @Override
    public Map<String, Object> structuredData(Person p) {
        return StructuredData.properties("@type", "Person", "name", p.getName(), "jobTitle", p.getRole(),
                "description", p.getDescription(),
                "affiliation", p.getOrganisation() == null ? null : StructuredData.properties("@type", "Organization", "name", p.getOrganisation()));
    }
}
