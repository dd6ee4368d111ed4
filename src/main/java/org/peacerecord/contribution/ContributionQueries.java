package org.peacerecord.contribution;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.peacerecord.mission.Mission;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.source.SourceRefs;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the public contribution pages show, each in a fixed number of queries. */
@Component
@Transactional(readOnly = true)
class ContributionQueries {

    private static final int CHUNK = 1000;

    private final SourceRefs sourceRefs;

    @PersistenceContext
    private EntityManager entityManager;

    ContributionQueries(SourceRefs sourceRefs) {
        this.sourceRefs = sourceRefs;
    }

    /** One page of the filtered list, with missions: two queries. */
    Page<Contribution> page(ContributionFilter filter, Pageable pageable) {
        List<Contribution> rows = select(filter, false)
                .setFirstResult((int) Math.min(pageable.getOffset(), Integer.MAX_VALUE))
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        TypedQuery<Long> count = entityManager.createQuery(
                "select count(c) from Contribution c left join c.mission m" + where(filter), Long.class);
        bind(count, filter);
        return new PageImpl<>(rows, pageable, count.getSingleResult());
    }

    /** The whole filtered list for a download, with each contribution's theme codes and sources: three queries. */
    ContributionExport export(ContributionFilter filter) {
        List<Contribution> rows = select(filter, true).getResultList();
        List<Long> ids = rows.stream().map(Contribution::getId).toList();
        return new ContributionExport(rows, themeCodes(ids), sourceRefs.of("CONTRIBUTION", ids));
    }

    /** A contribution with its mission, region and themes (one query) and its cited passages (one query). */
    ContributionPage detail(long id) {
        Contribution contribution = entityManager.createQuery("""
                        select distinct c from Contribution c left join fetch c.mission left join fetch c.region
                        left join fetch c.themes t where c.id = :id order by t.sortOrder""", Contribution.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Contribution", id));
        entityManager.createQuery("""
                        select distinct c from Contribution c left join fetch c.citations ci left join fetch ci.passage
                        where c.id = :id""", Contribution.class)
                .setParameter("id", id)
                .getResultList();
        return new ContributionPage(contribution,
                PartialDate.ofDay(LocalDate.ofInstant(contribution.getUpdatedAt(), ZoneOffset.UTC)));
    }

    /** The choices of the filter form: missions by acronym and themes in the Declaration's order. */
    FilterOptions filterOptions() {
        return new FilterOptions(
                entityManager.createQuery("select m from Mission m order by upper(m.acronym)", Mission.class).getResultList(),
                entityManager.createQuery("select t from A4pTheme t order by t.sortOrder, t.id", A4pTheme.class).getResultList());
    }

    /** The filtered, sorted contributions with their missions (and regions, which only downloads show). */
    private TypedQuery<Contribution> select(ContributionFilter filter, boolean withRegion) {
        TypedQuery<Contribution> query = entityManager.createQuery("select c from Contribution c left join fetch c.mission m"
                + (withRegion ? " left join fetch c.region" : "") + where(filter) + " order by " + filter.order().jpql(),
                Contribution.class);
        bind(query, filter);
        return query;
    }

    private static String where(ContributionFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.kind() != null) {
            conditions.add("c.kind = :kind");
        }
        if (filter.missionAcronym() != null) {
            conditions.add("upper(m.acronym) = :mission");
        }
        if (filter.themeCode() != null) {
            conditions.add("c.id in (select c2.id from Contribution c2 join c2.themes t where lower(t.code) = :theme)");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, ContributionFilter filter) {
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.missionAcronym() != null) {
            query.setParameter("mission", filter.missionAcronym());
        }
        if (filter.themeCode() != null) {
            query.setParameter("theme", filter.themeCode());
        }
    }

    private Map<Long, String> themeCodes(List<Long> ids) {
        Map<Long, List<String>> codes = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            entityManager.createQuery("select c.id, t.code from Contribution c join c.themes t where c.id in :ids"
                            + " order by t.sortOrder", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultStream()
                    .forEach(row -> codes.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        }
        return codes.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.join(SourceRefs.SEPARATOR, e.getValue())));
    }

    /** A contribution and the day it was last updated (UTC), shown at day precision. */
    record ContributionPage(Contribution contribution, PartialDate lastUpdated) {
    }

    record FilterOptions(List<Mission> missions, List<A4pTheme> themes) {
    }

    record ContributionExport(List<Contribution> contributions, Map<Long, String> themes, Map<Long, String> sources) {
    }
}
