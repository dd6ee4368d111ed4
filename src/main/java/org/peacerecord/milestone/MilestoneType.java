package org.peacerecord.milestone;

import jakarta.persistence.EntityManager;
import org.peacerecord.contribution.Contribution;
import org.peacerecord.contribution.ContributionPageSection;
import org.peacerecord.country.Countries;
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
import java.util.Locale;
import java.util.Map;

/** Milestones as a record type, and as a section of the mission and contribution pages: each links to its page. */
@Component
@Order(60)
class MilestoneType implements RecordType<Milestone>, MissionPageSection, ContributionPageSection {

    private final EntityManager entityManager;

    MilestoneType(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String code() {
        return "MILESTONE";
    }

    @Override
    public String key() {
        return "milestone";
    }

    @Override
    public Class<Milestone> entityType() {
        return Milestone.class;
    }

    /** The milestone's own page. */
    @Override
    public LinkedRecord link(Milestone m) {
        return new LinkedRecord("/milestones/" + m.getId(), m.getTitle(), null, null, m.getOccurred(),
                m.getEnded(), null);
    }

    @Override
    public String order() {
        return "e.occurred.date, e.id";
    }

    @Override
    public String timelineEntries() {
        return ALL_RECORDS;
    }

    @Override
    public String headingKey() {
        return "type.milestone.plural";
    }

    @Override
    @Transactional(readOnly = true)
    public List<LinkedRecord> linkedToMission(Mission mission) {
        return entityManager.createQuery("select e from Milestone e where e.mission = :mission order by " + order(),
                        Milestone.class)
                .setParameter("mission", mission)
                .setMaxResults(LinkedSection.FETCHED).getResultStream().map(this::link).toList();
    }

    /** On a contribution's page: the milestone that marks it. */
    @Override
    @Transactional(readOnly = true)
    public List<LinkedRecord> linkedToContribution(Contribution contribution) {
        return entityManager.createQuery("select e from Milestone e where e.contribution = :contribution order by "
                        + order(), Milestone.class)
                .setParameter("contribution", contribution)
                .setMaxResults(LinkedSection.FETCHED).getResultStream().map(this::link).toList();
    }

    /** A milestone is an event. */
    @Override
    public Map<String, Object> structuredData(Milestone m) {
        Map<String, Object> event = StructuredData.properties("@type", "Event", "description", m.getDescription(),
                "startDate", m.getOccurred(), "endDate", m.getEnded());
        String country = Countries.all().place(m.getCountries(), m.getUnmatchedCountry(), Locale.ENGLISH);
        if (m.getLocation() != null || country != null) {
            event.put("location", StructuredData.properties("@type", "Place", "name", m.getLocation(),
                    "address", country == null ? null : StructuredData.properties("@type", "PostalAddress", "addressCountry", country)));
        }
        return event;
    }
}
