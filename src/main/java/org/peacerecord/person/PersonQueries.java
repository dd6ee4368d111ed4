package org.peacerecord.person;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peacerecord.source.SourceRefs;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** What the public people pages show, each in a fixed number of queries. */
@Component
@Transactional(readOnly = true)
class PersonQueries {

    private static final String LIST = "select p from Person p left join fetch p.mission order by upper(p.name), p.id";

    private final SourceRefs sourceRefs;

    @PersistenceContext
    private EntityManager entityManager;

    PersonQueries(SourceRefs sourceRefs) {
        this.sourceRefs = sourceRefs;
    }

    /** One page of people with their missions: two queries. */
    Page<Person> page(Pageable pageable) {
        List<Person> rows = entityManager.createQuery(LIST, Person.class)
                .setFirstResult((int) Math.min(pageable.getOffset(), Integer.MAX_VALUE))
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        long total = entityManager.createQuery("select count(p) from Person p", Long.class).getSingleResult();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Everyone, for a download, with their sources: two queries. */
    PersonExport export() {
        List<Person> rows = entityManager.createQuery(LIST, Person.class).getResultList();
        return new PersonExport(rows, sourceRefs.of("PERSON", rows.stream().map(Person::getId).toList()));
    }

    /** A person with their mission and cited passages: one query. */
    Person detail(long id) {
        return entityManager.createQuery("""
                        select distinct p from Person p left join fetch p.mission
                        left join fetch p.citations c left join fetch c.passage
                        where p.id = :id""", Person.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Person", id));
    }

    record PersonExport(List<Person> people, Map<Long, String> sources) {
    }
}
