package org.peacerecord.initiative;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.peacerecord.api.ApiList;
import org.peacerecord.api.ApiResponses;
import org.peacerecord.database.InValues;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.MissionChoices;
import org.peacerecord.mission.Missions;
import org.peacerecord.shared.LinkedSection;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.source.SourceRefs;
import org.peacerecord.web.FilterOption;
import org.peacerecord.web.ListPages;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads initiatives for the public pages: the filtered, paged list with its filter options; the whole filtered list
 * for downloads; one initiative with what belongs to it. Each is a fixed number of statements whatever the data size.
 */
@Service
@Transactional(readOnly = true)
class InitiativeService {

    /**
     * In the order of {@link InitiativeKind} (the context first, then what the UN does, then what it asks and
     * proposes); within a kind, in date order, undated last.
     */
    private static final String ORDER = " order by case i.kind"
            + Arrays.stream(InitiativeKind.values())
                    .map(k -> " when " + InitiativeKind.class.getName() + "." + k.name() + " then " + k.ordinal())
                    .collect(Collectors.joining())
            + " end, i.start.date asc nulls last, i.id";

    private final EntityManager entityManager;
    private final Missions missions;
    private final SourceRefs sourceRefs;
    private final List<InitiativePageSection> sections;

    private final ApiResponses api;

    InitiativeService(EntityManager entityManager, Missions missions, SourceRefs sourceRefs,
                      List<InitiativePageSection> sections, ApiResponses api) {
        this.api = api;
        this.entityManager = entityManager;
        this.missions = missions;
        this.sourceRefs = sourceRefs;
        this.sections = sections;
    }

    /** One page of the filtered list with the parents of its initiatives, and the filter options: four statements. */
    InitiativeResults browse(InitiativeFilter filter) {
        MissionChoices missionChoices = missions.choices();
        Criteria criteria = resolve(filter, missionChoices);
        Pageable pageable = ListPages.of(filter.pageNumber());
        TypedQuery<Long> count = entityManager.createQuery("select count(i) from Initiative i" + criteria.where(), Long.class);
        criteria.bind(count);
        long total = count.getSingleResult();
        List<Initiative> rows = List.of();
        if (pageable.getOffset() < total) {
            TypedQuery<Initiative> select = entityManager.createQuery(
                    "select i from Initiative i left join fetch i.parent" + criteria.where() + ORDER, Initiative.class);
            criteria.bind(select);
            rows = select.setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList();
        }
        return new InitiativeResults(filter, new PageImpl<>(rows, pageable, total),
                FilterOption.withAny("kind", filter.kind() == null, Arrays.stream(InitiativeKind.values())
                        .map(k -> FilterOption.constant(k, null, k == filter.kind()))),
                FilterOption.withAny("addressee", filter.addressee() == null, Arrays.stream(Addressee.values())
                        .map(a -> FilterOption.constant(a, null, a == filter.addressee()))),
                missionChoices.options(criteria.missionId()));
    }

    /** The whole filtered list for a download, with missions and sources: four statements. */
    List<InitiativeExport.Row> export(InitiativeFilter filter) {
        Criteria criteria = resolve(filter, missions.choices());
        TypedQuery<Initiative> select = entityManager.createQuery(
                "select i from Initiative i left join fetch i.parent" + criteria.where() + ORDER, Initiative.class);
        criteria.bind(select);
        return rows(select.getResultList());
    }

    /** One page of the list for the read API, as the page lists it, with missions and sources: six statements. */
    ApiList api(InitiativeFilter filter) {
        return api.list(InitiativeApi.PATH, filter, browse(filter).page(), this::rows, InitiativeExport.TABLE,
                r -> api.href(r.initiative()));
    }

    /** An initiative for the read API: its fields, citations and the records linked to it, as its page shows them. */
    Map<String, Object> api(long id) {
        InitiativePage page = detail(id);
        return api.record(InitiativeExport.TABLE, rows(List.of(page.initiative())).get(0), page.initiative(),
                page.sections());
    }

    /** The download's rows of these initiatives, with their missions and sources: two statements. */
    private List<InitiativeExport.Row> rows(List<Initiative> rows) {
        List<Long> ids = rows.stream().map(Initiative::getId).toList();
        Map<Long, String> missionsOf = new HashMap<>();
        if (!ids.isEmpty()) {
            Map<Long, List<String>> acronyms = new LinkedHashMap<>();
            InValues these = InValues.of("i.id", "id", ids);
            these.bind(entityManager.createQuery("select i.id, m.acronym from Initiative i join i.missions m where "
                            + these.condition() + " order by m.acronym", Object[].class)).getResultStream()
                    .forEach(row -> acronyms.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
            acronyms.forEach((id, list) -> missionsOf.put(id, String.join(SourceRefs.SEPARATOR, list)));
        }
        Map<Long, String> sources = sourceRefs.of("INITIATIVE", ids);
        return rows.stream().map(i -> new InitiativeExport.Row(i, missionsOf.get(i.getId()), sources.get(i.getId())))
                .toList();
    }

    /**
     * An initiative with its parent, missions and cited passages (two statements), the initiatives that are part of
     * it (one), and each section of linked records (one each).
     */
    InitiativePage detail(long id) {
        Initiative initiative = entityManager.createQuery("""
                        select distinct i from Initiative i left join fetch i.parent left join fetch i.missions
                        where i.id = :id""", Initiative.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> RecordNotFoundException.record("INITIATIVE", id));
        entityManager.createQuery("""
                        select distinct i from Initiative i left join fetch i.citations c left join fetch c.passage
                        where i.id = :id""", Initiative.class)
                .setParameter("id", id).getResultList();
        List<Initiative> parts = entityManager.createQuery(
                "select i from Initiative i where i.parent = :parent order by i.id", Initiative.class)
                .setParameter("parent", initiative).getResultList();
        List<Mission> missionsOf = initiative.getMissions().stream()
                .sorted(Comparator.comparing(Mission::getAcronym)).toList();
        return new InitiativePage(initiative, missionsOf, parts, sections.stream()
                .map(s -> LinkedSection.of(s.headingKey(), s.linkedToInitiative(initiative), null))
                .toList());
    }

    private static Criteria resolve(InitiativeFilter filter, MissionChoices missions) {
        return new Criteria(filter.kind(), filter.addressee(), missions.idOf(filter.mission()));
    }

    /** Resolved filters (null: any), as JPQL conditions with bound parameters. */
    private record Criteria(InitiativeKind kind, Addressee addressee, Long missionId) {

        String where() {
            List<String> conditions = new ArrayList<>();
            if (kind != null) {
                conditions.add("i.kind = :kind");
            }
            if (addressee != null) {
                conditions.add("i.addressee = :addressee");
            }
            if (missionId != null) {
                conditions.add("i.id in (select i2.id from Initiative i2 join i2.missions m where m.id = :mission)");
            }
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        void bind(TypedQuery<?> query) {
            if (kind != null) {
                query.setParameter("kind", kind);
            }
            if (addressee != null) {
                query.setParameter("addressee", addressee);
            }
            if (missionId != null) {
                query.setParameter("mission", missionId);
            }
        }
    }

    /** One page of the initiatives list with the options of its filters. */
    record InitiativeResults(InitiativeFilter filter, Page<Initiative> page, List<FilterOption> kinds,
                             List<FilterOption> addressees, List<FilterOption> missions) {

        /** The page's initiatives as the list shows them ({@link Row}). */
        public List<Row> rows() {
            return page.getContent().stream().map(Row::of).toList();
        }

        /**
         * An initiative as the list shows it, with the one it is part of. Values, not the entity: the list renders each
         * row once for equal values and language ({@code pr:replace-cached}), which takes no entities.
         *
         * @param parentId the id of the initiative it is part of, or null (and then {@code parentTitle} too)
         */
        public record Row(long id, String title, Long parentId, String parentTitle, InitiativeKind kind,
                          Addressee addressee, PartialDate start, PartialDate end) {

            static Row of(Initiative initiative) {
                Initiative parent = initiative.getParent();
                return new Row(initiative.getId(), initiative.getTitle(), parent == null ? null : parent.getId(),
                        parent == null ? null : parent.getTitle(), initiative.getKind(), initiative.getAddressee(),
                        initiative.getStart(), initiative.getEnd());
            }
        }
    }

    /** An initiative, its missions in order, the initiatives that are part of it, and the sections of linked records. */
    record InitiativePage(Initiative initiative, List<Mission> missions, List<Initiative> parts, List<LinkedSection> sections) {
    }
}
