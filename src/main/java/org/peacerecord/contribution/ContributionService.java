package org.peacerecord.contribution;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.peacerecord.api.ApiList;
import org.peacerecord.api.ApiResponses;
import org.peacerecord.database.Cursor;
import org.peacerecord.database.InValues;
import org.peacerecord.database.VersionedCache;
import org.peacerecord.mission.MissionChoices;
import org.peacerecord.mission.Missions;
import org.peacerecord.shared.LinkedSection;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.source.SourceRefs;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.theme.Themes;
import org.peacerecord.web.FilterOption;
import org.peacerecord.web.InvalidFilterException;
import org.peacerecord.web.ListPages;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads contributions for the public pages: the filtered, paged list with its filter options; the whole filtered
 * list for downloads; one contribution. Each is a fixed number of statements whatever the data size.
 */
@Service
@Transactional(readOnly = true)
class ContributionService {

    private static final int CHUNK = 1000;

    private final EntityManager entityManager;
    private final Missions missions;
    private final Themes themes;
    private final SourceRefs sourceRefs;
    private final List<ContributionPageSection> sections;

    private final ApiResponses api;
    private final VersionedCache cache;

    ContributionService(EntityManager entityManager, Missions missions, Themes themes, SourceRefs sourceRefs,
                        List<ContributionPageSection> sections, ApiResponses api, VersionedCache cache) {
        this.api = api;
        this.cache = cache;
        this.entityManager = entityManager;
        this.missions = missions;
        this.themes = themes;
        this.sourceRefs = sourceRefs;
        this.sections = sections;
    }

    /**
     * One page of the filtered list with missions, and the filter options: four statements (three when the list's
     * total is known since the last change of the data: it is kept per data version).
     */
    ContributionResults browse(ContributionFilter filter) {
        MissionChoices missionChoices = missions.choices();
        List<A4pTheme> allThemes = themes.all();
        Criteria criteria = resolve(filter, missionChoices, allThemes);
        Pageable pageable = ListPages.of(filter.pageNumber());
        long total = cache.get("contributions.total:" + criteria, () -> {
            TypedQuery<Long> count = entityManager.createQuery(
                    "select count(c) from Contribution c" + criteria.where(), Long.class);
            criteria.bind(count);
            return count.getSingleResult();
        });
        List<Contribution> rows = pageable.getOffset() < total
                ? select(criteria, filter.sortOrder(), false)
                        .setFirstResult((int) pageable.getOffset()).setMaxResults(pageable.getPageSize()).getResultList()
                : List.of();
        Locale locale = LocaleContextHolder.getLocale();
        return new ContributionResults(filter, new PageImpl<>(rows, pageable, total),
                FilterOption.withAny("kind", filter.kind() == null,
                        Arrays.stream(ContributionKind.values()).map(k -> FilterOption.constant(k, null, k == filter.kind()))),
                missionChoices.options(criteria.missionId()),
                FilterOption.withAny("theme", filter.theme() == null,
                        allThemes.stream().map(t -> FilterOption.text(t.getCode(), t.getDisplayName(locale), null,
                                t.getCode().equals(filter.theme())))),
                Arrays.stream(ContributionSort.values())
                        .map(s -> FilterOption.sort(s, s.param(), s == filter.sortOrder()))
                        .toList());
    }

    /**
     * The whole filtered list for a download, with each contribution's theme codes and sources, handed on as it is
     * read (a cursor: the heap holds a batch of contributions, not a hundred thousand): six statements. One snapshot
     * of the data (repeatable read), so that the side tables read first match the rows read after them.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    void export(ContributionFilter filter, Consumer<? super ContributionExport.Row> sink) {
        Criteria criteria = resolve(filter, missions.choices(), themes.all());
        TypedQuery<Long> idQuery = entityManager.createQuery("select c.id from Contribution c" + criteria.where(),
                Long.class);
        criteria.bind(idQuery);
        List<Long> ids = idQuery.getResultList();
        Map<Long, String> themeCodes = themeCodes(ids);
        Map<Long, String> sources = sourceRefs.of("CONTRIBUTION", ids);
        Cursor.forEach(entityManager, select(criteria, filter.sortOrder(), true), c -> sink.accept(
                new ContributionExport.Row(c, themeCodes.get(c.getId()), sources.get(c.getId()))));
    }

    /** One page of the list for the read API, as the page lists it, with themes and sources: six statements. */
    ApiList api(ContributionFilter filter) {
        return api.list(ContributionApi.PATH, filter, browse(filter).page(), this::rows, ContributionExport.TABLE,
                r -> api.href(r.contribution()));
    }

    /** A contribution for the read API: its fields, citations and the records linked to it, as its page shows them. */
    Map<String, Object> api(long id) {
        ContributionPage page = detail(id);
        return api.record(ContributionExport.TABLE, rows(List.of(page.contribution())).get(0), page.contribution(),
                page.sections());
    }

    /** The download's rows of these contributions, with their theme codes and sources: two statements. */
    private List<ContributionExport.Row> rows(List<Contribution> contributions) {
        List<Long> ids = contributions.stream().map(Contribution::getId).toList();
        Map<Long, String> themeCodes = themeCodes(ids);
        Map<Long, String> sources = sourceRefs.of("CONTRIBUTION", ids);
        return contributions.stream()
                .map(c -> new ContributionExport.Row(c, themeCodes.get(c.getId()), sources.get(c.getId())))
                .toList();
    }

    /**
     * A contribution with its mission, region, event (course or initiative) and themes (one query), its cited passages
     * (one query) and the records that refer to it (one query each).
     */
    ContributionPage detail(long id) {
        Contribution contribution = entityManager.createQuery("""
                        select distinct c from Contribution c left join fetch c.mission left join fetch c.region
                        left join fetch c.training left join fetch c.initiative
                        left join fetch c.themes t where c.id = :id order by t.sortOrder""", Contribution.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> RecordNotFoundException.record("CONTRIBUTION", id));
        entityManager.createQuery("""
                        select distinct c from Contribution c left join fetch c.citations ci left join fetch ci.passage
                        where c.id = :id""", Contribution.class)
                .setParameter("id", id)
                .getResultList();
        return new ContributionPage(contribution,
                PartialDate.ofDay(LocalDate.ofInstant(contribution.getUpdatedAt(), ZoneOffset.UTC)),
                sections.stream().map(s -> LinkedSection.of(s.headingKey(), s.linkedToContribution(contribution), null))
                        .toList());
    }

    /** The filter with its mission resolved to an id; an unknown mission or theme is a bad request. */
    private static Criteria resolve(ContributionFilter filter, MissionChoices missions, List<A4pTheme> themes) {
        Long missionId = missions.idOf(filter.mission());
        if (filter.theme() != null && themes.stream().noneMatch(t -> t.getCode().equals(filter.theme()))) {
            throw new InvalidFilterException("theme", filter.theme());
        }
        return new Criteria(filter.kind(), missionId, filter.theme());
    }

    /** The filtered, sorted contributions with their missions (and regions, which only downloads show). */
    private TypedQuery<Contribution> select(Criteria criteria, ContributionSort sort, boolean withRegion) {
        TypedQuery<Contribution> query = entityManager.createQuery("select c from Contribution c left join fetch c.mission"
                + (withRegion ? " left join fetch c.region" : "") + criteria.where() + " order by " + sort.jpql(),
                Contribution.class);
        criteria.bind(query);
        return query;
    }

    /**
     * The theme codes of these contributions, in A4P order: one statement whatever their number (up to a thousand by
     * their ids, beyond that every contribution's themes, the others left out here).
     */
    private Map<Long, String> themeCodes(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        boolean few = ids.size() <= CHUNK;
        Set<Long> wanted = few ? null : new HashSet<>(ids);
        InValues these = few ? InValues.of("c.id", "id", ids) : null;
        TypedQuery<Object[]> query = entityManager.createQuery("select c.id, t.code from Contribution c join c.themes t"
                + (few ? " where " + these.condition() : "") + " order by t.sortOrder", Object[].class);
        if (few) {
            these.bind(query);
        }
        Map<Long, List<String>> codes = new HashMap<>();
        query.getResultStream().filter(row -> few || wanted.contains((Long) row[0]))
                .forEach(row -> codes.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return codes.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.join(SourceRefs.SEPARATOR, e.getValue())));
    }

    /** Resolved filters (null: any), as JPQL conditions with bound parameters. */
    private record Criteria(ContributionKind kind, Long missionId, String themeCode) {

        String where() {
            List<String> conditions = new ArrayList<>();
            if (kind != null) {
                conditions.add("c.kind = :kind");
            }
            if (missionId != null) {
                conditions.add("c.mission.id = :mission");
            }
            if (themeCode != null) {
                conditions.add("c.id in (select c2.id from Contribution c2 join c2.themes t where t.code = :theme)");
            }
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        void bind(TypedQuery<?> query) {
            Map<String, Object> values = new LinkedHashMap<>();
            if (kind != null) {
                values.put("kind", kind);
            }
            if (missionId != null) {
                values.put("mission", missionId);
            }
            if (themeCode != null) {
                values.put("theme", themeCode);
            }
            values.forEach(query::setParameter);
        }
    }

    /** A contribution, the day it was last updated (UTC, shown at day precision), and what refers to it. */
    public record ContributionPage(Contribution contribution, PartialDate lastUpdated, List<LinkedSection> sections) {
    }
}
