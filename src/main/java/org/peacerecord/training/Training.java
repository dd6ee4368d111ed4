package org.peacerecord.training;

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
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.peacerecord.country.Countries;
import org.peacerecord.mission.Mission;
import org.peacerecord.region.Region;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Provenance;
import org.peacerecord.shared.Quantity;
import org.peacerecord.shared.Reliability;
import org.peacerecord.shared.SearchText;
import org.peacerecord.source.SearchableRecord;
import org.peacerecord.theme.A4pTheme;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** A training course or programme (TPP or other), from the statement or from the public record. */
@Entity
@Audited
@AssociationOverride(name = "citations",
        joinTable = @JoinTable(name = "training_citation", joinColumns = @JoinColumn(name = "training_id")))
@Table(name = "training")
public class Training extends SearchableRecord {

    /** Stable external key: the public-record CSV id (C01, …) or a statement record key. */
    @Column(unique = true, length = 60)
    private String ref;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Provenance provenance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Programme programme;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Discipline discipline;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    /**
     * What the source names as the place that matched no country (as written), for editors to place; null once
     * every place is a country of {@link #getCountries()}.
     */
    @Column(name = "country", length = 200)
    private String unmatchedCountry;

    /** Where it is or was: UN M49 country codes ({@code country.Countries}); none when remote or unknown. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "training_country", joinColumns = @JoinColumn(name = "training_id"))
    @Column(name = "country_code", length = 3, nullable = false)
    private Set<String> countries = new TreeSet<>();

    @Column(length = 300)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", length = 20)
    private DeliveryMode deliveryMode;

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

    @Column(name = "dates_as_reported", length = 300)
    private String datesAsReported;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "value", column = @Column(name = "trainees")),
            @AttributeOverride(name = "qualifier", column = @Column(name = "trainees_qualifier", length = 20))})
    private Quantity trainees;

    @Column(name = "trainees_as_reported", length = 300)
    private String traineesAsReported;

    @Column(name = "trainee_origin", length = 1000)
    private String traineeOrigin;

    @Column(length = 1000)
    private String partners;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mission_id")
    private Mission mission;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_reliability", length = 10)
    private Reliability sourceReliability;

    @Column(length = 2000)
    private String notes;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "training_theme",
            joinColumns = @JoinColumn(name = "training_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<A4pTheme> themes = new LinkedHashSet<>();

    protected Training() {
    }

    public Training(Provenance provenance, Programme programme, String title, Discipline discipline, Region region) {
        this.provenance = provenance;
        this.programme = programme;
        this.title = title;
        this.discipline = discipline;
        this.region = region;
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

    public Programme getProgramme() {
        return programme;
    }

    public void setProgramme(Programme programme) {
        this.programme = programme;
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

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public void setDeliveryMode(DeliveryMode deliveryMode) {
        this.deliveryMode = deliveryMode;
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

    public String getDatesAsReported() {
        return datesAsReported;
    }

    public void setDatesAsReported(String datesAsReported) {
        this.datesAsReported = datesAsReported;
    }

    public Quantity getTrainees() {
        return trainees;
    }

    public void setTrainees(Quantity trainees) {
        this.trainees = trainees;
    }

    public String getTraineesAsReported() {
        return traineesAsReported;
    }

    public void setTraineesAsReported(String traineesAsReported) {
        this.traineesAsReported = traineesAsReported;
    }

    public String getTraineeOrigin() {
        return traineeOrigin;
    }

    public void setTraineeOrigin(String traineeOrigin) {
        this.traineeOrigin = traineeOrigin;
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
        return SearchText.of(title, description, location, Countries.all().searchText(countries, unmatchedCountry),
                partners);
    }
}
