package org.peacerecord.contribution;

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
import org.peacerecord.initiative.Initiative;
import org.peacerecord.mission.Mission;
import org.peacerecord.region.Region;
import org.peacerecord.shared.Money;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Quantity;
import org.peacerecord.shared.SearchText;
import org.peacerecord.source.SearchableRecord;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.training.Training;

import java.util.LinkedHashSet;
import java.util.Set;

/** Something Japan contributed to UN peace operations: money, people, equipment, training, expertise… */
@Entity
@Audited
@AssociationOverride(name = "citations",
        joinTable = @JoinTable(name = "contribution_citation", joinColumns = @JoinColumn(name = "contribution_id")))
@Table(name = "contribution")
public class Contribution extends SearchableRecord {

    @Column(unique = true, length = 60)
    private String ref;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContributionKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 4000)
    private String description;

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

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "amount", precision = 19, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "amount_currency", length = 3)),
            @AttributeOverride(name = "qualifier", column = @Column(name = "amount_qualifier", length = 20))})
    private Money amount;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "value", column = @Column(name = "headcount")),
            @AttributeOverride(name = "qualifier", column = @Column(name = "headcount_qualifier", length = 20))})
    private Quantity headcount;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mission_id")
    private Mission mission;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    /** The training course this contribution funds or staffs: the event it is Japan's part in (or none). */
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "training_id")
    private Training training;

    /** The UN initiative this contribution supports: the event it is Japan's part in (or none). */
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "contribution_theme",
            joinColumns = @JoinColumn(name = "contribution_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<A4pTheme> themes = new LinkedHashSet<>();


    protected Contribution() {
    }

    public Contribution(ContributionKind kind, String title) {
        this.kind = kind;
        this.title = title;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public ContributionKind getKind() {
        return kind;
    }

    public void setKind(ContributionKind kind) {
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

    public Money getAmount() {
        return amount;
    }

    public void setAmount(Money amount) {
        this.amount = amount;
    }

    public Quantity getHeadcount() {
        return headcount;
    }

    public void setHeadcount(Quantity headcount) {
        this.headcount = headcount;
    }

    public Mission getMission() {
        return mission;
    }

    public void setMission(Mission mission) {
        this.mission = mission;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public Training getTraining() {
        return training;
    }

    public void setTraining(Training training) {
        this.training = training;
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public void setInitiative(Initiative initiative) {
        this.initiative = initiative;
    }

    /** Whether this contribution is Japan's part in an event recorded on its own (a course, an initiative). */
    public boolean isPartOfAnEvent() {
        return training != null || initiative != null;
    }

    public Set<A4pTheme> getThemes() {
        return themes;
    }

    public void replaceThemes(Set<A4pTheme> themes) {
        this.themes.clear();
        this.themes.addAll(themes);
    }

    /** The normalised text the search finds this record by. */
    @Override
    public String computeSearchText() {
        return SearchText.of(title, description);
    }
}
