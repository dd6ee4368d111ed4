package org.peacerecord.theme;

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

/** A4P themes as the statement page lists them. */
@Component
@Transactional(readOnly = true)
class ThemeLinks implements RecordLinks {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public String recordType() {
        return "A4P_THEME";
    }

    @Override
    public Map<Long, LinkedRecord> linksTo(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select t from A4pTheme t where t.id in :ids", A4pTheme.class)
                .setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(A4pTheme::getId, ThemeLinks::link));
    }

    /** The theme's page: /themes/{code}. */
    private static String href(A4pTheme theme) {
        return "/themes/" + UriUtils.encodePathSegment(theme.getCode(), StandardCharsets.UTF_8);
    }

    private static LinkedRecord link(A4pTheme t) {
        return new LinkedRecord(href(t), t.getName(), t.getNameJa(), null, null, null, null);
    }
}
