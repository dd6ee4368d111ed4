package org.peacerecord.source;

import jakarta.persistence.EntityManager;
import org.peacerecord.database.VersionedCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The statement as other features read it: the document and its numbered passages, one query each. */
@Component
@Transactional(readOnly = true)
public class Statement {

    private final EntityManager entityManager;
    private final VersionedCache cache;

    Statement(EntityManager entityManager, VersionedCache cache) {
        this.entityManager = entityManager;
        this.cache = cache;
    }

    public Optional<SourceDocument> document() {
        return entityManager.createQuery("select d from SourceDocument d where d.slug = :slug", SourceDocument.class)
                .setParameter("slug", SourceDocument.STATEMENT_SLUG)
                .getResultStream().findFirst();
    }

    /** How many passages the statement has (counted once per data version). */
    public long passageCount() {
        return cache.get("statement.passage-count", () -> entityManager.createQuery(
                        "select count(p) from Passage p where p.document.slug = :slug", Long.class)
                .setParameter("slug", SourceDocument.STATEMENT_SLUG)
                .getSingleResult());
    }

    /** Every passage of the statement, in number order. */
    public List<Passage> passages() {
        return entityManager.createQuery("select p from Passage p where p.document.slug = :slug order by p.number",
                        Passage.class)
                .setParameter("slug", SourceDocument.STATEMENT_SLUG)
                .getResultList();
    }
}
