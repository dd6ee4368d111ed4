package org.peacerecord.mission;

import org.peacerecord.country.Countries;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.source.RecordType;
import org.peacerecord.source.StructuredData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Missions as a record type: each links to its page, {@code /missions/{acronym}}. */
@Component
@Order(30)
class MissionType implements RecordType<Mission> {

    @Override
    public String code() {
        return "MISSION";
    }

    @Override
    public String key() {
        return "mission";
    }

    @Override
    public Class<Mission> entityType() {
        return Mission.class;
    }

    @Override
    public LinkedRecord link(Mission m) {
        return new LinkedRecord(href(m), m.getAcronym(), null, null, m.getStart(), m.getEnd(), m.getName());
    }

    @Override
    public String order() {
        return "upper(e.acronym), e.id";
    }

    @Override
    public String listPage() {
        return "missions";
    }

    static String href(Mission mission) {
        return href(mission.getAcronym());
    }

    static String href(String acronym) {
        return "/missions/" + UriUtils.encodePathSegment(acronym, StandardCharsets.UTF_8);
    }

    /** A mission is an organisation of the United Nations, serving its host country for its mandate. */
    @Override
    public Map<String, Object> structuredData(Mission m) {
        return StructuredData.properties("@type", "GovernmentOrganization", "name", m.getName(),
                "alternateName", m.getAcronym(), "description", m.getDescription(),
                "foundingDate", m.getStart(), "dissolutionDate", m.getEnd(),
                "areaServed", m.getCountries().isEmpty() ? null : Countries.all().of(m.getCountries()).stream()
                        .map(c -> StructuredData.properties("@type", "Country", "name", c.nameEn(), "identifier", c.alpha2())).toList(),
                "parentOrganization", StructuredData.properties("@type", "Organization", "name", "United Nations"));
    }
}
