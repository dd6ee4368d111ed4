package org.peacerecord.theme;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.source.SourceRefs;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the public theme pages show, each in a fixed number of queries. */
@Component
@Transactional(readOnly = true)
class ThemeQueries {

    private final List<ThemeLinkedRecords> linked;
    private final SourceRefs sourceRefs;

    @PersistenceContext
    private EntityManager entityManager;

    ThemeQueries(List<ThemeLinkedRecords> linked, SourceRefs sourceRefs) {
        this.linked = linked;
        this.sourceRefs = sourceRefs;
    }

    /** The eight themes in the Declaration's order, with how many records of each kind link to them. */
    ThemeList list() {
        List<A4pTheme> themes = entityManager.createQuery("select t from A4pTheme t order by t.sortOrder, t.id", A4pTheme.class)
                .getResultList();
        List<ThemeList.Count> counts = linked.stream()
                .map(l -> new ThemeList.Count(l.headingKey(), l.countColumn(), l.countsByTheme()))
                .toList();
        return new ThemeList(themes, counts);
    }

    /** The list for a download, with each theme's sources. */
    ThemeExport export() {
        ThemeList list = list();
        return new ThemeExport(list, sourceRefs.of("A4P_THEME", list.themes().stream().map(A4pTheme::getId).toList()));
    }

    /** A theme with its cited passages and every section of linked records. */
    ThemePage detail(String code) {
        A4pTheme theme = entityManager.createQuery("""
                        select distinct t from A4pTheme t left join fetch t.citations c left join fetch c.passage
                        where lower(t.code) = :code""", A4pTheme.class)
                .setParameter("code", code.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Theme", code));
        return new ThemePage(theme, linked.stream()
                .map(l -> new ThemePage.Section(l.headingKey(), l.linkedToTheme(theme)))
                .toList());
    }

    record ThemeList(List<A4pTheme> themes, List<Count> counts) {

        /** The number of records of one kind per theme id. */
        record Count(String headingKey, String column, Map<Long, Long> byTheme) {

            public long of(A4pTheme theme) {
                return byTheme.getOrDefault(theme.getId(), 0L);
            }
        }
    }

    record ThemeExport(ThemeList list, Map<Long, String> sources) {
    }

    record ThemePage(A4pTheme theme, List<Section> sections) {

        record Section(String headingKey, List<LinkedRecord> records) {
        }
    }
}
