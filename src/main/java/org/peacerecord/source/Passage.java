package org.peacerecord.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.peacerecord.shared.SearchText;
import org.peacerecord.shared.Searchable;

import java.util.Arrays;
import java.util.List;

/**
 * One numbered passage of a source document. The text keeps the original's {@code **emphasis**}
 * markers; {@link #getPlainText()} drops them and {@link #getSegments()} splits on them so that
 * templates can render emphasis without unescaped output.
 */
@Entity
@Table(name = "passage")
public class Passage implements Searchable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id", nullable = false)
    private SourceDocument document;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PassageKind kind;

    @Column(name = "section")
    private String section;

    @Column(name = "text", nullable = false, length = 4000)
    private String text;

    /** Why no record cites this passage, for the few that state nothing to record; null for all others. */
    @Enumerated(EnumType.STRING)
    @Column(name = "uncited_reason", length = 20)
    private UncitedReason uncitedReason;

    /** Normalised searchable text ({@link SearchText}), kept in step with the fields on every save. */
    @Column(name = "search_text", length = SearchText.MAX_LENGTH)
    private String searchText;

    protected Passage() {
    }

    @Override
    public Long getId() {
        return id;
    }

    public SourceDocument getDocument() {
        return document;
    }

    public int getNumber() {
        return number;
    }

    public PassageKind getKind() {
        return kind;
    }

    public String getSection() {
        return section;
    }

    public UncitedReason getUncitedReason() {
        return uncitedReason;
    }

    public String getText() {
        return text;
    }

    /** The text without emphasis markers. */
    public String getPlainText() {
        return text.replace("**", "");
    }

    /** Lines of the passage (list items for a LIST, a single line otherwise). */
    public List<String> getLines() {
        return Arrays.asList(getPlainText().split("\n"));
    }

    /** The text split on emphasis markers: segments at odd indexes are emphasised. */
    public List<TextSegment> getSegments() {
        return TextSegment.parse(text);
    }

    /** The anchor of this passage on the statement page. */
    public String getAnchor() {
        return anchor(number);
    }

    /** The anchor of the passage numbered {@code number} on /statement ("p27"). */
    public static String anchor(int number) {
        return "p" + number;
    }

    /** The normalised text the search finds this record by. */
    @Override
    public String computeSearchText() {
        return SearchText.of(getPlainText());
    }

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
