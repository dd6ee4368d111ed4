package org.peacerecord.mission.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peacerecord.admin.form.CountryCodes;
import org.peacerecord.admin.form.PartialDateInput;
import org.peacerecord.admin.form.Period;
import org.peacerecord.admin.form.RecordForm;
import org.peacerecord.mission.MissionKind;

import java.util.LinkedHashSet;
import java.util.Set;

/** A mission as the editor fills it in. */
@Period(start = "start", end = "end")
public class MissionForm extends RecordForm {

    @NotBlank(message = "{admin.validation.required}")
    @Size(max = 30, message = "{admin.validation.size}")
    @Pattern(regexp = "[A-Za-z0-9-]*", message = "{admin.validation.acronym}")
    private String acronym;

    @NotBlank(message = "{admin.validation.required}")
    @Size(max = 300, message = "{admin.validation.size}")
    private String name;

    @NotNull(message = "{admin.validation.choose}")
    private MissionKind kind;

    /** The countries chosen (UN M49 codes). */
    @CountryCodes
    private Set<String> countries = new LinkedHashSet<>();

    /** Shown, not edited: what the record's source names as its place that matched no country. */
    private String unmatchedCountry;

    private Long regionId;

    @Valid
    private PartialDateInput start = new PartialDateInput();

    @Valid
    private PartialDateInput end = new PartialDateInput();

    @Size(max = 4000, message = "{admin.validation.size}")
    private String description;

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

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
