package org.peacerecord.figure;

import jakarta.persistence.EntityManager;
import org.peacerecord.api.ApiList;
import org.peacerecord.api.ApiResponses;
import org.peacerecord.source.SourceRefs;
import org.peacerecord.web.ListPages;
import org.peacerecord.web.PageOnlyFilter;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** The key figures as the overview reads them (one query), and as the read API gives them. */
@Component
@Transactional(readOnly = true)
public class KeyFigures {

    private final EntityManager entityManager;

    private final SourceRefs sourceRefs;
    private final ApiResponses api;

    KeyFigures(EntityManager entityManager, SourceRefs sourceRefs, ApiResponses api) {
        this.entityManager = entityManager;
        this.sourceRefs = sourceRefs;
        this.api = api;
    }

    /** One page of the key figures in display order, with their sources, for the read API: three statements. */
    ApiList api(PageOnlyFilter filter) {
        Pageable pageable = ListPages.of(filter.pageNumber());
        long total = entityManager.createQuery("select count(f) from KeyFigure f", Long.class).getSingleResult();
        List<KeyFigure> figures = pageable.getOffset() < total ? entityManager.createQuery(
                        "select f from KeyFigure f order by f.sortOrder, f.id", KeyFigure.class)
                .setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList()
                : List.of();
        return api.list(KeyFigureApi.PATH, filter, new PageImpl<>(figures, pageable, total), this::rows,
                KeyFigureExport.TABLE, r -> api.href(r.figure()));
    }

    /** A key figure for the read API: its fields and citations. */
    Map<String, Object> api(long id) {
        KeyFigure figure = entityManager.find(KeyFigure.class, id);
        if (figure == null) {
            throw RecordNotFoundException.record("KEY_FIGURE", id);
        }
        return api.record(KeyFigureExport.TABLE, rows(List.of(figure)).get(0), figure, List.of());
    }

    private List<KeyFigureExport.Row> rows(List<KeyFigure> figures) {
        Map<Long, String> sources = sourceRefs.of("KEY_FIGURE", figures.stream().map(KeyFigure::getId).toList());
        return figures.stream().map(f -> new KeyFigureExport.Row(f, sources.get(f.getId()))).toList();
    }

    /** Every key figure in display order. */
    public List<KeyFigure> all() {
        return entityManager.createQuery("select f from KeyFigure f order by f.sortOrder, f.id", KeyFigure.class)
                .getResultList();
    }
}
