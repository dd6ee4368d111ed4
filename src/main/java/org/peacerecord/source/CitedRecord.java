package org.peacerecord.source;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OrderColumn;
import org.hibernate.envers.Audited;
import org.peacerecord.shared.BaseEntity;

import java.util.ArrayList;
import java.util.List;

/**
 * Every record of the app: an editable entity whose facts carry citations (passages of the statement or
 * external sources). The citations are an ordered element collection in a table of the record type's own
 * ({@code mission_citation}, …, with a real foreign key to the record), named by the entity with
 * {@code @AssociationOverride(name = "citations", joinTable = …)}; a save replaces them all at once.
 */
@MappedSuperclass
@Audited
public abstract class CitedRecord extends BaseEntity {

    @ElementCollection
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    public List<Citation> getCitations() {
        return citations;
    }

    /** Replaces all citations (an editor's save is all or nothing). */
    public void replaceCitations(List<Citation> citations) {
        this.citations.clear();
        this.citations.addAll(citations);
    }

    /** True when the record cites at least one passage of the statement. */
    public boolean isFromStatement() {
        return citations.stream().anyMatch(Citation::isPassage);
    }
}
