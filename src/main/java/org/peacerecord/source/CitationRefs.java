package org.peacerecord.source;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Citations as short references for downloads: {@code statement#p51} for a passage of the statement,
 * the URL for an external source, joined with "; " in citation order.
 */
public final class CitationRefs {

    private CitationRefs() {
    }

    public static String of(List<Citation> citations) {
        return citations.stream().map(CitationRefs::of).collect(Collectors.joining("; "));
    }

    public static String of(Citation citation) {
        return citation.isPassage() ? "statement#" + citation.getPassage().getAnchor() : citation.getSourceUrl();
    }
}
