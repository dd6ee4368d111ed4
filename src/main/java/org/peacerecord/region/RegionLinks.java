package org.peacerecord.region;

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

/** Regions as the statement page lists them: each links to the trainings held there. */
@Component
@Transactional(readOnly = true)
class RegionLinks implements RecordLinks {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String recordType() {
        return "REGION";
    }

    @Override
    public Map<Long, LinkedRecord> linksTo(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select r from Region r where r.id in :ids", Region.class)
                .setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Region::getId, RegionLinks::link));
    }

    private static LinkedRecord link(Region r) {
        return new LinkedRecord("/trainings?region=" + UriUtils.encodeQueryParam(r.getCode(), StandardCharsets.UTF_8),
                r.getName(), r.getNameJa(), null, null, null, null);
    }
}
