package org.peacerecord.source;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import org.hibernate.envers.NotAudited;
import org.peacerecord.shared.SearchText;
import org.peacerecord.shared.Searchable;

/**
 * A cited record that the search finds: its normalised {@code search_text} ({@link SearchText}) is computed
 * from {@link #computeSearchText()} on every save, so it never falls out of step with the fields.
 */
@MappedSuperclass
public abstract class SearchableRecord extends CitedRecord implements Searchable {

    @NotAudited
    @Column(name = "search_text", length = SearchText.MAX_LENGTH)
    private String searchText;

    @Override
    public String getSearchText() {
        return searchText;
    }

    @PrePersist
    @PreUpdate
    void refreshSearchText() {
        searchText = computeSearchText();
    }
}
