package org.peacerecord.person;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.peacerecord.api.ApiList;
import org.peacerecord.api.ApiResponses;
import org.peacerecord.database.Cursor;
import org.peacerecord.database.VersionedCache;
import org.peacerecord.mission.MissionChoices;
import org.peacerecord.mission.Missions;
import org.peacerecord.shared.LinkedSection;
import org.peacerecord.source.RecordTypes;
import org.peacerecord.source.SourceRefs;
import org.peacerecord.web.FilterOption;
import org.peacerecord.web.ListPages;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** Reads people for the public pages, each in a fixed number of statements whatever the data size. */
@Service
@Transactional(readOnly = true)
class PersonService {

    private static final String ORDER = " order by upper(p.name), p.id";

    private final EntityManager entityManager;
    private final SourceRefs sourceRefs;
    private final Missions missions;

    private final ApiResponses api;
    private final VersionedCache cache;

    private final RecordTypes recordTypes;

    PersonService(EntityManager entityManager, SourceRefs sourceRefs, Missions missions, ApiResponses api, RecordTypes recordTypes,
                  VersionedCache cache) {
        this.recordTypes = recordTypes;
        this.cache = cache;
        this.api = api;
        this.entityManager = entityManager;
        this.sourceRefs = sourceRefs;
        this.missions = missions;
    }

    /**
     * One page of people with their missions, and the missions to filter by: three statements (two when the total is
     * known since the last change of the data: it is kept per data version).
     */
    PersonResults browse(PersonFilter filter) {
        MissionChoices choices = missions.choices();
        Long missionId = choices.idOf(filter.mission());
        Pageable pageable = ListPages.of(filter.pageNumber());
        long total = cache.get("people.total:" + missionId, () -> bind(
                entityManager.createQuery("select count(p) from Person p" + where(missionId), Long.class), missionId)
                .getSingleResult());
        List<Person> rows = pageable.getOffset() < total
                ? bind(entityManager.createQuery("select p from Person p left join fetch p.mission" + where(missionId)
                        + ORDER, Person.class), missionId)
                        .setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList()
                : List.of();
        return new PersonResults(filter, new PageImpl<>(rows, pageable, total), choices.options(missionId));
    }

    /**
     * Everyone the filter selects, for a download, with their sources, handed on as they are read (a cursor): three
     * statements, in one snapshot of the data (the sources read first match the people read after them).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    void export(PersonFilter filter, Consumer<? super PersonExport.Row> sink) {
        Long missionId = missions.choices().idOf(filter.mission());
        List<Long> ids = bind(entityManager.createQuery("select p.id from Person p" + where(missionId), Long.class),
                missionId).getResultList();
        Map<Long, String> sources = sourceRefs.of("PERSON", ids);
        Cursor.forEach(entityManager, bind(entityManager.createQuery("select p from Person p left join fetch p.mission"
                + where(missionId) + ORDER, Person.class), missionId),
                p -> sink.accept(new PersonExport.Row(p, sources.get(p.getId()))));
    }

    /** One page of the list for the read API, as the page lists it, with sources: four statements. */
    ApiList api(PersonFilter filter) {
        return api.list(PersonApi.PATH, filter, browse(filter).page(), this::rows, PersonExport.TABLE,
                r -> api.href(r.person()));
    }

    /** A person for the read API: their fields and citations, and their mission as the related record. */
    Map<String, Object> api(long id) {
        Person person = detail(id);
        List<LinkedSection> related = person.getMission() == null ? List.of()
                : List.of(LinkedSection.of("type.mission.plural", List.of(recordTypes.link(person.getMission())), null));
        return api.record(PersonExport.TABLE, rows(List.of(person)).get(0), person, related);
    }

    private List<PersonExport.Row> rows(List<Person> people) {
        Map<Long, String> sources = sourceRefs.of("PERSON", people.stream().map(Person::getId).toList());
        return people.stream().map(p -> new PersonExport.Row(p, sources.get(p.getId()))).toList();
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

    private static String where(Long missionId) {
        return missionId == null ? "" : " where p.mission.id = :mission";
    }

    private static <Q extends TypedQuery<?>> Q bind(Q query, Long missionId) {
        if (missionId != null) {
            query.setParameter("mission", missionId);
        }
        return query;
    }

    public record PersonResults(PersonFilter filter, Page<Person> page, List<FilterOption> missions) {

        /** The page's people as the list shows them ({@link Row}). */
        public List<Row> rows() {
            return page.getContent().stream().map(Row::of).toList();
        }

        /**
         * A person as the list shows them. Values, not the entity: the list renders each row once for equal values and
         * language ({@code pr:replace-cached}), which takes no entities.
         */
        public record Row(long id, String name, String nameJa, boolean inMemoriam, String role, String organisation,
                          String mission) {

            static Row of(Person person) {
                return new Row(person.getId(), person.getName(), person.getNameJa(), person.isInMemoriam(),
                        person.getRole(), person.getOrganisation(),
                        person.getMission() == null ? null : person.getMission().getAcronym());
            }

            /** The name in the reader's language ({@link Person#displayName}). */
            public String displayName(Locale locale) {
                return Person.displayName(name, nameJa, locale);
            }
        }
    }
}
