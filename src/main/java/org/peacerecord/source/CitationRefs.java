package org.peacerecord.source;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Citations as short references for downloads: {@code statement#p51} for a passage of the statement,
 * the URL for an external source, joined with "; " in citation order.
 */
public final class CitationRefs {

    /** Between the citations of one record. */
    public static final String SEPARATOR = "; ";

    private CitationRefs() {
    }

    public static String of(List<Citation> citations) {
        return citations.stream().map(CitationRefs::of).collect(Collectors.joining(SEPARATOR));
    }

    public static String of(Citation citation) {
        return of(citation.isPassage() ? citation.getPassage().getNumber() : null, citation.getSourceUrl());
    }

    /** One citation read as columns: the cited passage's number (null for an external source) and its URL. */
    public static String of(Integer passageNumber, String sourceUrl) {
        return passageNumber != null ? "statement#" + Passage.anchor(passageNumber) : sourceUrl;
    }
}
