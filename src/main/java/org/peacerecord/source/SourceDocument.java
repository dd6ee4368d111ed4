package org.peacerecord.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** The statement (or, later, another source document) whose passages records cite. */
@Entity
@Table(name = "source_document")
public class SourceDocument {

    /** Slug of the 19 May 2022 statement, the record's primary source. */
    public static final String STATEMENT_SLUG = "statement-2022-05-19";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String speaker;

    @Column(name = "speaker_role", nullable = false)
    private String speakerRole;

    @Column(nullable = false)
    private String venue;

    @Column(nullable = false)
    private String event;

    @Column(name = "delivered_on", nullable = false)
    private LocalDate deliveredOn;

    @Column(name = "source_url")
    private String sourceUrl;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private Instant createdAt;

    protected SourceDocument() {
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSpeaker() {
        return speaker;
    }

    public String getSpeakerRole() {
        return speakerRole;
    }

    public String getVenue() {
        return venue;
    }

    public String getEvent() {
        return event;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }
}
