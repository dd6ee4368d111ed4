package org.peacerecord.person;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.peacerecord.mission.Mission;
import org.peacerecord.shared.SearchText;
import org.peacerecord.source.SearchableRecord;

import java.util.Locale;

/** A person the statement names; those who lost their lives in service are remembered in memoriam. */
@Entity
@Audited
@AssociationOverride(name = "citations",
        joinTable = @JoinTable(name = "person_citation", joinColumns = @JoinColumn(name = "person_id")))
@Table(name = "person")
public class Person extends SearchableRecord {

    @Column(unique = true, length = 60)
    private String ref;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_ja", length = 200)
    private String nameJa;

    @Column(length = 500)
    private String role;

    @Column(length = 300)
    private String organisation;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mission_id")
    private Mission mission;

    @Column(name = "in_memoriam", nullable = false)
    private boolean inMemoriam;

    @Column(name = "memorial_note", length = 1000)
    private String memorialNote;

    @Column(length = 4000)
    private String description;


    protected Person() {
    }

    public Person(String name) {
        this.name = name;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameJa() {
        return nameJa;
    }

    public void setNameJa(String nameJa) {
        this.nameJa = nameJa;
    }

    public String getDisplayName(Locale locale) {
        return displayName(name, nameJa, locale);
    }

    /** The Japanese name for a Japanese reader where one is recorded, else the name. */
    static String displayName(String name, String nameJa, Locale locale) {
        return "ja".equals(locale.getLanguage()) && nameJa != null && !nameJa.isBlank() ? nameJa : name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Mission getMission() {
        return mission;
    }

    public void setMission(Mission mission) {
        this.mission = mission;
    }

    public boolean isInMemoriam() {
        return inMemoriam;
    }

    public void setInMemoriam(boolean inMemoriam) {
        this.inMemoriam = inMemoriam;
    }

    public String getMemorialNote() {
        return memorialNote;
    }

    public void setMemorialNote(String memorialNote) {
        this.memorialNote = memorialNote;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** The normalised text the search finds this record by. */
    @Override
    public String computeSearchText() {
        return SearchText.of(name, nameJa, role, organisation);
    }
}
