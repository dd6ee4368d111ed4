package org.peacerecord.search;

import org.peacerecord.shared.LinkedRecord;

import java.util.List;

/**
 * The answer to a search: the query as used (possibly shortened), and one group per kind of record
 * with hits, each with its total and its first hits (or one page of them when a single kind is asked for).
 *
 * @param only the key of the one kind of record asked for, or null
 */
public record SearchResults(String query, boolean shortened, String only, List<Group> groups) {

    static SearchResults none(String query, boolean shortened, String only) {
        return new SearchResults(query, shortened, only, List.of());
    }

    /** The hits of all kinds: at least this many when {@link #atLeast()}. */
    public long total() {
        return groups.stream().mapToLong(Group::total).sum();
    }

    /** Whether a kind's hits were counted only up to a limit, and so the total is a lower bound. */
    public boolean atLeast() {
        return groups.stream().anyMatch(Group::atLeast);
    }

    /**
     * The hits of one kind of record: their total, and those shown.
     *
     * @param key      the kind's key ("mission", …, "passage")
     * @param labelKey the bundle key of the kind's name in the plural
     * @param total    how many hits there are, or at least are when {@code atLeast}
     * @param atLeast  whether the hits were counted only up to {@code total}
     */
    public record Group(String key, String labelKey, long total, boolean atLeast, List<Hit> hits) {

        public boolean hasMore() {
            return hits.size() < total;
        }
    }

    /**
     * One hit: a record's link, or for a passage of the statement its number and text.
     *
     * @param record    the record (null for a passage)
     * @param paragraph the passage number (null for a record)
     * @param excerpt   the beginning of the passage's text (null for a record)
     */
    public record Hit(LinkedRecord record, Integer paragraph, String excerpt) {

        public String href() {
            return record != null ? record.href() : "/statement#p" + paragraph;
        }
    }
}
