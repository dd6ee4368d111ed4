package org.peacerecord.admin.history;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.ModifiedEntityNames;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One saved change set (Envers revision): when and by whom. Every audited record changed in the same
 * transaction shares the revision. Changes made without a signed-in user (imports, tests, start-up
 * tasks) are attributed to {@value #SYSTEM}.
 */
@Entity
@Table(name = "revinfo")
@RevisionEntity(RevisionAuthorListener.class)
public class Revision {

    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    /** Epoch milliseconds, as Envers keeps it. */
    @RevisionTimestamp
    @Column(name = "timestamp", nullable = false)
    private long timestamp;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    /** The entity classes (names) the revision changed: the change feed reads them. */
    @ElementCollection(fetch = FetchType.LAZY)
    @JoinTable(name = "revchanges", joinColumns = @JoinColumn(name = "rev"))
    @Column(name = "entityname", length = 255)
    @ModifiedEntityNames
    private Set<String> modifiedEntityNames = new HashSet<>();

    public long getId() {
        return id;
    }

    public Instant getInstant() {
        return Instant.ofEpochMilli(timestamp);
    }

    public Set<String> getModifiedEntityNames() {
        return modifiedEntityNames;
    }

    public String getUsername() {
        return username;
    }

    void setUsername(String username) {
        this.username = username;
    }
}
