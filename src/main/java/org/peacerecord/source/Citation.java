package org.peacerecord.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a fact of a record comes from: a passage of the statement, or an external source
 * (title and URL, with the source's own date as it states it and the date it was accessed).
 */
@Embeddable
public class Citation {

    /** Passages are never edited: history refers to the current passage, not to a revision of it. */
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "passage_id")
    private Passage passage;

    @Column(name = "source_title", length = 500)
    private String sourceTitle;

    @Column(name = "source_url", length = 1000)
    private String sourceUrl;

    @Column(name = "source_published", length = 100)
    private String sourcePublished;

    @Column(name = "accessed_on")
    private LocalDate accessedOn;

    @Column(name = "summary", length = 1000)
    private String summary;

    protected Citation() {
    }

    public static Citation ofPassage(Passage passage) {
        return ofPassage(passage, null);
    }

    /** A cited passage with a note on what it supports for this record. */
    public static Citation ofPassage(Passage passage, String summary) {
        Citation citation = new Citation();
        citation.passage = Objects.requireNonNull(passage, "passage");
        citation.summary = summary;
        return citation;
    }

    public static Citation ofExternalSource(String title, String url, String published, LocalDate accessedOn,
                                            String summary) {
        Citation citation = new Citation();
        citation.sourceTitle = Objects.requireNonNull(title, "title");
        citation.sourceUrl = Objects.requireNonNull(url, "url");
        citation.sourcePublished = published;
        citation.accessedOn = accessedOn;
        citation.summary = summary;
        return citation;
    }

    public boolean isPassage() {
        return passage != null;
    }

    public Passage getPassage() {
        return passage;
    }

    public String getSourceTitle() {
        return sourceTitle;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public String getSourcePublished() {
        return sourcePublished;
    }

    public LocalDate getAccessedOn() {
        return accessedOn;
    }

    public String getSummary() {
        return summary;
    }
}
