package org.peacerecord.person;

import jakarta.persistence.EntityManager;
import org.peacerecord.source.SourceRefs;
import org.peacerecord.web.ListPages;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** Reads people for the public pages, each in a fixed number of statements whatever the data size. */
@Service
@Transactional(readOnly = true)
class PersonService {

    private static final String LIST = "select p from Person p left join fetch p.mission order by upper(p.name), p.id";

    private final EntityManager entityManager;
    private final SourceRefs sourceRefs;

    PersonService(EntityManager entityManager, SourceRefs sourceRefs) {
        this.entityManager = entityManager;
        this.sourceRefs = sourceRefs;
    }

    /** One page of people with their missions: two statements. */
    PersonResults browse(PersonFilter filter) {
        Pageable pageable = ListPages.of(filter.pageNumber());
        long total = entityManager.createQuery("select count(p) from Person p", Long.class).getSingleResult();
        List<Person> rows = pageable.getOffset() < total
                ? entityManager.createQuery(LIST, Person.class)
                        .setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList()
                : List.of();
        return new PersonResults(filter, new PageImpl<>(rows, pageable, total));
    }

    /** Everyone, for a download, with their sources: two statements. */
    List<PersonExport.Row> export(PersonFilter filter) {
        List<Person> rows = entityManager.createQuery(LIST, Person.class).getResultList();
        Map<Long, String> sources = sourceRefs.of("PERSON", rows.stream().map(Person::getId).toList());
        return rows.stream().map(p -> new PersonExport.Row(p, sources.get(p.getId()))).toList();
    }

    /** A person with their mission and cited passages: one statement. */
    Person detail(long id) {
        return entityManager.createQuery("""
                        select distinct p from Person p left join fetch p.mission
                        left join fetch p.citations c left join fetch c.passage
                        where p.id = :id""", Person.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> RecordNotFoundException.record("PERSON", id));
    }

    record PersonResults(PersonFilter filter, Page<Person> page) {
    }
}
