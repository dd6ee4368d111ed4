package org.peacerecord.initiative;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.peacerecord.mission.Mission;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.SearchText;
import org.peacerecord.source.SearchableRecord;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the statement says beyond Japan's own contributions: the context peace operations work in, the UN's
 * initiatives, and what it asks of or proposes to Japan, the Member States or people in Japan. An initiative may be
 * part of another (the three lines of effort of the medical rescue chain) and may concern particular missions.
 */
@Entity
@Audited
@AssociationOverride(name = "citations",
        joinTable = @JoinTable(name = "initiative_citation", joinColumns = @JoinColumn(name = "initiative_id")))
@Table(name = "initiative")
public class Initiative extends SearchableRecord {

    @Column(unique = true, length = 60)
    private String ref;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InitiativeKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Addressee addressee;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Initiative parent;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "start_date")),
            @AttributeOverride(name = "precision", column = @Column(name = "start_precision"))})
    private PartialDate start;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "end_date")),
            @AttributeOverride(name = "precision", column = @Column(name = "end_precision"))})
    private PartialDate end;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "initiative_mission",
            joinColumns = @JoinColumn(name = "initiative_id"),
            inverseJoinColumns = @JoinColumn(name = "mission_id"))
    private Set<Mission> missions = new LinkedHashSet<>();

    protected Initiative() {
    }

    public Initiative(InitiativeKind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public InitiativeKind getKind() {
        return kind;
    }

    public void setKind(InitiativeKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Addressee getAddressee() {
        return addressee;
    }

    public void setAddressee(Addressee addressee) {
        this.addressee = addressee;
    }

    public Initiative getParent() {
        return parent;
    }

    public void setParent(Initiative parent) {
        this.parent = parent;
    }

    public PartialDate getStart() {
        return start;
    }

    public void setStart(PartialDate start) {
        this.start = start;
    }

    public PartialDate getEnd() {
        return end;
    }

    public void setEnd(PartialDate end) {
        this.end = end;
    }

    public Set<Mission> getMissions() {
        return missions;
    }

    public void replaceMissions(Set<Mission> missions) {
        this.missions.clear();
        this.missions.addAll(missions);
    }

    /** The normalised text the search finds this record by. */
    @Override
    public String computeSearchText() {
        return SearchText.of(title, description);
    }
}
