package org.peacerecord.source;

import org.peacerecord.shared.LinkedRecord;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the statement page shows: the document, its addressee lines, its passages grouped under their
 * section headings, the first records citing each passage and their number (by passage number) and the
 * statement's coverage.
 */
public record StatementPage(SourceDocument document, List<Passage> addressees, List<Section> sections,
                     Map<Integer, List<CitingRecord>> citing, Map<Integer, Long> citingTotals, Coverage coverage) {

    /** The passage as the page shows it, as values ({@link PassageShown}). */
    public PassageShown shown(Passage passage) {
        return new PassageShown(passage.getNumber(), passage.getAnchor(), passage.getKind(),
                passage.getKind() == PassageKind.LIST ? passage.getLines() : List.of(),
                passage.getKind() == PassageKind.LIST ? List.of() : passage.getSegments(), passage.getUncitedReason());
    }

    /**
     * What the page shows of a passage: its number and anchor, its kind, its lines (a list) or its text's segments
     * (emphasis apart), and why no record cites it. Values, not the entity: the page renders each passage once for
     * equal values and language ({@code pr:replace-cached}), which takes no entities.
     */
    public record PassageShown(int number, String anchor, PassageKind kind, List<String> lines,
                               List<TextSegment> segments, UncitedReason uncitedReason) {
    }

    /** The first records citing the passage (at most {@code StatementService.CITING_SHOWN}). */
    public List<CitingRecord> citing(Passage passage) {
        return citing.getOrDefault(passage.getNumber(), List.of());
    }

    /** How many records cite the passage in all. */
    public long citingTotal(Passage passage) {
        return citingTotals.getOrDefault(passage.getNumber(), 0L);
    }

    /** How many citing records are not shown beside the passage. */
    public long citingMore(Passage passage) {
        return citingTotal(passage) - citing(passage).size();
    }

    /** Every passage in number order (the addressee lines come first). */
    public List<Passage> passages() {
        return Stream.concat(addressees.stream(), sections.stream().flatMap(s -> s.passages().stream()))
                .sorted(Comparator.comparingInt(Passage::getNumber))
                .toList();
    }

    /** Passages under one heading; the heading is null for the opening paragraphs before the first one. */
    public record Section(String heading, List<Passage> passages) {

        /** The heading's anchor on the page ("section-3"), so that headings can be linked too. */
        public String anchor(int index) {
            return "section-" + (index + 1);
        }
    }

    /**
     * A record citing a passage: its type's code as in the record_citation view, the bundle key of the type's name,
     * and its link.
     */
    public record CitingRecord(String recordType, String typeLabel, LinkedRecord link) {
    }

    /**
     * How much of the statement the record covers: passages cited by at least one record, of all passages, and the
     * passages no record cites, in order (each with its reason, or none when it still awaits a record).
     */
    public record Coverage(int cited, int total, List<Passage> uncited) {

        public double ratio() {
            return total == 0 ? 0 : (double) cited / total;
        }

        /** Uncited passages without a reason: statements of fact not yet captured by a record (none, normally). */
        public List<Passage> missing() {
            return uncited.stream().filter(p -> p.getUncitedReason() == null).toList();
        }
    }
}
