package org.peacerecord.source;

import org.peacerecord.shared.LinkedRecord;

import java.util.Map;

/**
 * One kind of record (contributions, trainings, missions, …), registered once by its feature as a Spring bean
 * implementing this interface; {@code @Order} places it among the others. Everything that handles every kind
 * of record reads the registry ({@link RecordTypes}) rather than a list of its own: the statement page's citing
 * records, the search, the overview's counts and chart, the navigation. An implementation marks only its queries
 * {@code @Transactional}: {@link #link} and the other plain methods are called once per record listed.
 *
 * @param <E> the record's entity
 */
public interface RecordType<E extends CitedRecord> {

    /** The type's code, as in the {@code record_citation} view and in downloads: "MISSION", "A4P_THEME". */
    String code();

    /**
     * The type's name in URLs, template folders and message keys, which is its feature's package name:
     * "mission" ({@code /search?type=mission}, {@code type.mission.plural}, templates {@code mission/…}).
     */
    String key();

    Class<E> entityType();

    /** How other pages list one record: its address, title and a few facts. Reads only the record's own fields. */
    LinkedRecord link(E record);

    /** The order of this type's records wherever several are listed by other pages: JPQL on alias {@code e}. */
    String order();

    /**
     * The name of the public list page, if the type has one: "contributions" for {@code /contributions}, with
     * message keys {@code layout.nav.contributions} and {@code overview.section.contributions.*}. Null if none.
     */
    default String listPage() {
        return null;
    }

    /**
     * The date by which a record counts in a year on the overview's chart, as JPQL on alias {@code e} (e.g.
     * {@code coalesce(e.start.date, e.end.date)}), with message key {@code overview.series.<listPage>}; null
     * when the type is not charted.
     */
    default String chartDate() {
        return null;
    }

    /** {@link #timelineEntries()} of a type all of whose records are on the timeline. */
    String ALL_RECORDS = "e.id is not null";

    /**
     * Which of the type's records are entries of the timeline, as a JPQL condition on alias {@code e}
     * ({@link #ALL_RECORDS} for all); null when the type is not on the timeline. The timeline shows each event once:
     * a contribution that is Japan's part in a training, an initiative or a milestone is shown with it, not as an
     * entry of its own. The overview counts the entries with the same conditions.
     */
    default String timelineEntries() {
        return null;
    }

    default boolean isOnTimeline() {
        return timelineEntries() != null;
    }

    /**
     * What the record is in schema.org terms, for its page's linked data ({@link StructuredData} adds the name,
     * address, licence and sources): its {@code @type} and the properties it has beyond those, from the record's own
     * columns only (its associations may not be loaded). A plain {@code Thing} unless the type says more.
     */
    default Map<String, Object> structuredData(E record) {
        return Map.of("@type", "Thing");
    }

    default boolean isSearchable() {
        return SearchableRecord.class.isAssignableFrom(entityType());
    }
}
