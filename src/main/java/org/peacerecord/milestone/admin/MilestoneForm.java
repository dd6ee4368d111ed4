package org.peacerecord.milestone.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peacerecord.admin.form.CountryCodes;
import org.peacerecord.admin.form.PartialDateInput;
import org.peacerecord.admin.form.Period;
import org.peacerecord.admin.form.RecordForm;
import org.peacerecord.admin.form.RequiredDate;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.Provenance;
import org.peacerecord.shared.Reliability;

import java.util.LinkedHashSet;
import java.util.Set;

/** A milestone of the timeline as the editor fills it in. */
@Period(start = "occurred", end = "ended")
public class MilestoneForm extends RecordForm {

    @Size(max = 60, message = "{admin.validation.size}")
    @Pattern(regexp = "[A-Za-z0-9-]*", message = "{admin.validation.acronym}")
    private String ref;

    @NotNull(message = "{admin.validation.choose}")
    private Provenance provenance;

    @NotBlank(message = "{admin.validation.required}")
    @Size(max = 300, message = "{admin.validation.size}")
    private String title;

    @Size(max = 4000, message = "{admin.validation.size}")
    private String description;

    @Valid
    @RequiredDate
    private PartialDateInput occurred = new PartialDateInput();

    @Valid
    private PartialDateInput ended = new PartialDateInput();

    @Size(max = 300, message = "{admin.validation.size}")
    private String datesAsReported;

    private Discipline discipline;

    private Long regionId;

    /** The countries chosen (UN M49 codes). */
    @CountryCodes
    private Set<String> countries = new LinkedHashSet<>();

    /** Shown, not edited: what the record's source names as its place that matched no country. */
    private String unmatchedCountry;

    @Size(max = 300, message = "{admin.validation.size}")
    private String location;

    @Size(max = 1000, message = "{admin.validation.size}")
    private String partners;

    private Long missionId;

    private Long contributionId;

    private Reliability sourceReliability;

    @Size(max = 2000, message = "{admin.validation.size}")
    private String notes;

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

    public PartialDateInput getOccurred() {
        return occurred;
    }

    public void setOccurred(PartialDateInput occurred) {
        this.occurred = occurred;
    }

    public PartialDateInput getEnded() {
        return ended;
    }

    public void setEnded(PartialDateInput ended) {
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

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public Set<String> getCountries() {
        return countries;
    }

    public void setCountries(Set<String> countries) {
        this.countries = countries;
    }

    public String getUnmatchedCountry() {
        return unmatchedCountry;
    }

    public void setUnmatchedCountry(String unmatchedCountry) {
        this.unmatchedCountry = unmatchedCountry;
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

    public Long getMissionId() {
        return missionId;
    }

    public void setMissionId(Long missionId) {
        this.missionId = missionId;
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

    public Long getContributionId() {
        return contributionId;
    }

    public void setContributionId(Long contributionId) {
        this.contributionId = contributionId;
    }
}
