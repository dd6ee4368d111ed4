package org.peacerecord.training.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peacerecord.admin.form.CountryCodes;
import org.peacerecord.admin.form.PartialDateInput;
import org.peacerecord.admin.form.Period;
import org.peacerecord.admin.form.QuantityInput;
import org.peacerecord.admin.form.RecordForm;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.Provenance;
import org.peacerecord.shared.Reliability;
import org.peacerecord.training.DeliveryMode;
import org.peacerecord.training.Programme;

import java.util.LinkedHashSet;
import java.util.Set;

/** A training course or programme as the editor fills it in. */
@Period(start = "start", end = "end")
public class TrainingForm extends RecordForm {

    @Size(max = 60, message = "{admin.validation.size}")
    @Pattern(regexp = "[A-Za-z0-9-]*", message = "{admin.validation.acronym}")
    private String ref;

    @NotNull(message = "{admin.validation.choose}")
    private Provenance provenance;

    @NotNull(message = "{admin.validation.choose}")
    private Programme programme;

    @NotBlank(message = "{admin.validation.required}")
    @Size(max = 300, message = "{admin.validation.size}")
    private String title;

    @Size(max = 4000, message = "{admin.validation.size}")
    private String description;

    @NotNull(message = "{admin.validation.choose}")
    private Discipline discipline;

    @NotNull(message = "{admin.validation.choose}")
    private Long regionId;

    /** The countries chosen (UN M49 codes). */
    @CountryCodes
    private Set<String> countries = new LinkedHashSet<>();

    /** Shown, not edited: what the record's source names as its place that matched no country. */
    private String unmatchedCountry;

    @Size(max = 300, message = "{admin.validation.size}")
    private String location;

    private DeliveryMode deliveryMode;

    @Valid
    private PartialDateInput start = new PartialDateInput();

    @Valid
    private PartialDateInput end = new PartialDateInput();

    @Size(max = 300, message = "{admin.validation.size}")
    private String datesAsReported;

    @Valid
    private QuantityInput trainees = new QuantityInput();

    @Size(max = 300, message = "{admin.validation.size}")
    private String traineesAsReported;

    @Size(max = 1000, message = "{admin.validation.size}")
    private String traineeOrigin;

    @Size(max = 1000, message = "{admin.validation.size}")
    private String partners;

    private Long missionId;

    private Reliability sourceReliability;

    @Size(max = 2000, message = "{admin.validation.size}")
    private String notes;

    private Set<Long> themeIds = new LinkedHashSet<>();

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

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public void setDeliveryMode(DeliveryMode deliveryMode) {
        this.deliveryMode = deliveryMode;
    }

    public PartialDateInput getStart() {
        return start;
    }

    public void setStart(PartialDateInput start) {
        this.start = start;
    }

    public PartialDateInput getEnd() {
        return end;
    }

    public void setEnd(PartialDateInput end) {
        this.end = end;
    }

    public String getDatesAsReported() {
        return datesAsReported;
    }

    public void setDatesAsReported(String datesAsReported) {
        this.datesAsReported = datesAsReported;
    }

    public QuantityInput getTrainees() {
        return trainees;
    }

    public void setTrainees(QuantityInput trainees) {
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

    public Set<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(Set<Long> themeIds) {
        this.themeIds = themeIds;
    }
}
