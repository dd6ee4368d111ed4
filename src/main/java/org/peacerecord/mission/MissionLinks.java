package org.peacerecord.mission;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.source.RecordLinks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Missions as the statement page lists them. */
@Component
@Transactional(readOnly = true)
class MissionLinks implements RecordLinks {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String recordType() {
        return "MISSION";
    }

    @Override
    public Map<Long, LinkedRecord> linksTo(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select m from Mission m where m.id in :ids", Mission.class)
                .setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Mission::getId, MissionLinks::link));
    }

    /** The mission's page: /missions/{acronym}. */
    private static String href(Mission mission) {
        return "/missions/" + UriUtils.encodePathSegment(mission.getAcronym(), StandardCharsets.UTF_8);
    }

    private static LinkedRecord link(Mission m) {
        return new LinkedRecord(href(m), m.getAcronym(), null, null, m.getStart(), m.getEnd(), m.getName());
    }
}
