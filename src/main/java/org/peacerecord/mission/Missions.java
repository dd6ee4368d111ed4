package org.peacerecord.mission;

import jakarta.persistence.EntityManager;
import org.peacerecord.country.CountryMap;
import org.peacerecord.country.CountryMaps;
import org.peacerecord.database.VersionedCache;
import org.peacerecord.shared.PartialDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The missions as other features read them (filter choices, resolving an acronym, the map): one query each. */
@Component
@Transactional(readOnly = true)
public class Missions {

    private final EntityManager entityManager;

    /** The most missions the map places one by one, each with its label. */
    static final int MAP_MARKERS = 40;

    private final CountryMaps maps;

    private final VersionedCache cache;

    Missions(EntityManager entityManager, CountryMaps maps, VersionedCache cache) {
        this.entityManager = entityManager;
        this.cache = cache;
        this.maps = maps;
    }

    /**
     * The missions on a world map by host country (one statement; a second, grouped, beyond {@value #MAP_MARKERS}
     * missions): each mission placed on its host country with its acronym, up to {@value #MAP_MARKERS} of them;
     * beyond that, the number of missions each country hosted.
     * Countries link to their missions, missions to their pages. A whole-data aggregation: kept per data version and
     * language (at 100 times the data, ~2 ms of the database's time and ~5 % of the overview's CPU on every view).
     */
    public CountryMap map(Locale locale) {
        return cache.get("missions.map:" + locale.toLanguageTag(), () -> readMap(locale));
    }

    private CountryMap readMap(Locale locale) {
        List<Object[]> rows = entityManager.createQuery("""
                        select m.acronym, m.name, c from Mission m join m.countries c
                        order by upper(m.acronym), m.id""", Object[].class)
                .setMaxResults(MAP_MARKERS + 1).getResultList();
        if (rows.size() <= MAP_MARKERS) {
            return maps.places(rows.stream().map(row -> new CountryMaps.Placed(List.of((String) row[2]),
                    (String) row[0], row[0] + ": " + row[1], MissionType.href((String) row[0]))).toList(), locale);
        }
        Map<String, Long> counts = new HashMap<>();
        entityManager.createQuery("select c, count(m) from Mission m join m.countries c group by c", Object[].class)
                .getResultStream().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return maps.counts(counts, code -> new MissionFilter(code, null, null, null).toUrl("/missions"), locale);
    }

    /**
     * Every mission's id, acronym, name and mandate, by acronym, for the lists' mission filters and the timeline's
     * lane of missions: one statement per change of the data (kept per data version: at 100 times the data, loading
     * two thousand missions on every view of a list took ~12 ms).
     */
    public MissionChoices choices() {
        return cache.get("missions.choices", () -> new MissionChoices(entityManager.createQuery(
                        "select m.id, m.acronym, m.name, m.start, m.end from Mission m order by upper(m.acronym), m.id",
                        Object[].class)
                .getResultStream().map(row -> new MissionChoices.Choice((Long) row[0], (String) row[1],
                        (String) row[2], (PartialDate) row[3], (PartialDate) row[4])).toList()));
    }
}
