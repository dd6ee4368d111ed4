package org.peacerecord.figure;

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

/** Key figures as the statement and search pages list them: each links to its card on the overview. */
@Component
@Transactional(readOnly = true)
class KeyFigureLinks implements RecordLinks {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String recordType() {
        return "KEY_FIGURE";
    }

    @Override
    public Map<Long, LinkedRecord> linksTo(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select f from KeyFigure f where f.id in :ids", KeyFigure.class)
                .setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(KeyFigure::getId, KeyFigureLinks::link));
    }

    /** The figure's card on the overview: /#figure-{code}. */
    private static String href(String code) {
        return "/#figure-" + UriUtils.encodeFragment(code, StandardCharsets.UTF_8);
    }

    private static LinkedRecord link(KeyFigure f) {
        return new LinkedRecord(href(f.getCode()), f.getLabel(), f.getLabelJa(), null, null, null, null);
    }
}
