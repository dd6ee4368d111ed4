package org.peacerecord.mission;

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
import org.peacerecord.country.Countries;
import org.peacerecord.region.Region;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.SearchText;
import org.peacerecord.source.SearchableRecord;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** A UN peace operation: peacekeeping mission, special political mission or office. */
@Entity
@Audited
@AssociationOverride(name = "citations",
        joinTable = @JoinTable(name = "mission_citation", joinColumns = @JoinColumn(name = "mission_id")))
@Table(name = "mission")
public class Mission extends SearchableRecord {

    @Column(nullable = false, unique = true, length = 30)
    private String acronym;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MissionKind kind;

    /**
     * What the source names as the place that matched no country (as written), for editors to place; null once
     * every place is a country of {@link #getCountries()}.
     */
    @Column(name = "host_country", length = 200)
    private String unmatchedCountry;

    /** Where it is or was: UN M49 country codes ({@code country.Countries}); none when remote or unknown. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "mission_country", joinColumns = @JoinColumn(name = "mission_id"))
    @Column(name = "country_code", length = 3, nullable = false)
    private Set<String> countries = new TreeSet<>();

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

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

    @Column(length = 4000)
    private String description;

    protected Mission() {
    }

    public Mission(String acronym, String name, MissionKind kind) {
        this.acronym = acronym;
        this.name = name;
        this.kind = kind;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MissionKind getKind() {
        return kind;
    }

    public void setKind(MissionKind kind) {
        this.kind = kind;
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

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** The normalised text the search finds this record by. */
    @Override
    public String computeSearchText() {
        return SearchText.of(acronym, name, Countries.all().searchText(countries, unmatchedCountry), description);
    }
}
