package org.peacerecord.region;

import jakarta.persistence.EntityManager;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The regions as other features read them: the whole tree, loaded in one query. */
@Component
@Transactional(readOnly = true)
public class Regions {

    private final EntityManager entityManager;

    Regions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A region by its code, with its parent and its citations (two statements); unknown codes are 404. */
    public Region withCitations(String code) {
        Region region = entityManager.createQuery(
                        "select r from Region r left join fetch r.parent where r.code = :code", Region.class)
                .setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Region", code));
        region.getCitations().forEach(citation -> {
            if (citation.isPassage()) {
                citation.getPassage().getNumber();
            }
        });
        return region;
    }

    /** Every region with its parent, each parent before its children, in display order. */
    public RegionTree tree() {
        return new RegionTree(entityManager.createQuery("""
                        select r from Region r left join fetch r.parent p
                        order by coalesce(p.sortOrder, r.sortOrder), p.id nulls first, r.sortOrder""", Region.class)
                .getResultList());
    }
}
