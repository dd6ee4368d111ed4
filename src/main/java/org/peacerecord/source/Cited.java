package org.peacerecord.source;

import java.util.List;

/** A record whose facts carry citations (passages of the statement or external sources). */
public interface Cited {

    List<Citation> getCitations();

    /** Replaces all citations (an editor's save is all or nothing). */
    void replaceCitations(List<Citation> citations);

    /** True when the record cites at least one passage of the statement. */
    default boolean isFromStatement() {
        return getCitations().stream().anyMatch(Citation::isPassage);
    }
}
