package org.peacerecord.milestone;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.peacerecord.contribution.Contribution;
import org.peacerecord.country.Countries;
import org.peacerecord.mission.Mission;
import org.peacerecord.region.Region;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Provenance;
import org.peacerecord.shared.Reliability;
import org.peacerecord.shared.SearchText;
import org.peacerecord.source.SearchableRecord;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** A dated event on the timeline: IPC Law 1992, A4P 2018, UNMIT closed 2012… */
@Entity
@Audited
@AssociationOverride(name = "citations",
        joinTable = @JoinTable(name = "milestone_citation", joinColumns = @JoinColumn(name = "milestone_id")))
@Table(name = "milestone")
public class Milestone extends SearchableRecord {

    @Column(unique = true, length = 60)
    private String ref;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Provenance provenance;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 4000)
    private String description;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "occurred_on", nullable = false)),
            @AttributeOverride(name = "precision", column = @Column(name = "occurred_precision", nullable = false))})
    private PartialDate occurred;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "date", column = @Column(name = "ended_on")),
            @AttributeOverride(name = "precision", column = @Column(name = "ended_precision"))})
    private PartialDate ended;

    @Column(name = "dates_as_reported", length = 300)
    private String datesAsReported;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Discipline discipline;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    /**
     * What the source names as the place that matched no country (as written), for editors to place; null once
     * every place is a country of {@link #getCountries()}.
     */
    @Column(name = "country", length = 200)
    private String unmatchedCountry;

    /** Where it is or was: UN M49 country codes ({@code country.Countries}); none when remote or unknown. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "milestone_country", joinColumns = @JoinColumn(name = "milestone_id"))
    @Column(name = "country_code", length = 3, nullable = false)
    private Set<String> countries = new TreeSet<>();

    @Column(length = 300)
    private String location;

    @Column(length = 1000)
    private String partners;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mission_id")
    private Mission mission;

    /** The contribution this milestone marks (Japan's announcement at the 2014 summit), shown with it; or none. */
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contribution_id")
    private Contribution contribution;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_reliability", length = 10)
    private Reliability sourceReliability;

    @Column(length = 2000)
    private String notes;

    protected Milestone() {
    }

    public Milestone(Provenance provenance, String title, PartialDate occurred) {
        this.provenance = provenance;
        this.title = title;
        this.occurred = occurred;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public Provenance getProvenance() {
        return provenance;
    }

    public void setProvenance(Provenance provenance) {
        this.provenance = provenance;
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

    public PartialDate getOccurred() {
        return occurred;
    }

    public void setOccurred(PartialDate occurred) {
        this.occurred = occurred;
    }

    public PartialDate getEnded() {
        return ended;
    }

    public void setEnded(PartialDate ended) {
        this.ended = ended;
    }

    public String getDatesAsReported() {
        return datesAsReported;
    }

    public void setDatesAsReported(String datesAsReported) {
        this.datesAsReported = datesAsReported;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public void setDiscipline(Discipline discipline) {
        this.discipline = discipline;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public String getUnmatchedCountry() {
        return unmatchedCountry;
    }

    public void setUnmatchedCountry(String unmatchedCountry) {
        this.unmatchedCountry = unmatchedCountry;
    }

    /** The UN M49 codes of the countries, in code order. */
    public SortedSet<String> getCountries() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(countries));
    }

    public void replaceCountries(Collection<String> codes) {
        countries.clear();
        countries.addAll(codes);
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getPartners() {
        return partners;
    }

    public void setPartners(String partners) {
        this.partners = partners;
    }

    public Mission getMission() {
        return mission;
    }

    public void setMission(Mission mission) {
        this.mission = mission;
    }

    public Contribution getContribution() {
        return contribution;
    }

    public void setContribution(Contribution contribution) {
        this.contribution = contribution;
    }

    public Reliability getSourceReliability() {
        return sourceReliability;
    }

    public void setSourceReliability(Reliability sourceReliability) {
        this.sourceReliability = sourceReliability;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    /** The normalised text the search finds this record by. */
    @Override
    public String computeSearchText() {
        return SearchText.of(title, description, location, Countries.all().searchText(countries, unmatchedCountry));
    }
}
