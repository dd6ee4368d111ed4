package org.peacerecord.contribution.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;
import org.peacerecord.admin.form.MoneyInput;
import org.peacerecord.admin.form.PartialDateInput;
import org.peacerecord.admin.form.Period;
import org.peacerecord.admin.form.QuantityInput;
import org.peacerecord.admin.form.RecordForm;
import org.peacerecord.contribution.ContributionKind;

/** A contribution as the editor fills it in. */
@Period(start = "start", end = "end")
public class ContributionForm extends RecordForm {

    @Size(max = 60, message = "{admin.validation.size}")
    @Pattern(regexp = "[A-Za-z0-9-]*", message = "{admin.validation.acronym}")
    private String ref;

    @NotNull(message = "{admin.validation.choose}")
    private ContributionKind kind;

    @NotBlank(message = "{admin.validation.required}")
    @Size(max = 300, message = "{admin.validation.size}")
    private String title;

    @Size(max = 4000, message = "{admin.validation.size}")
    private String description;

    @Valid
    private PartialDateInput start = new PartialDateInput();

    @Valid
    private PartialDateInput end = new PartialDateInput();

    @Valid
    private MoneyInput amount = new MoneyInput();

    @Valid
    private QuantityInput headcount = new QuantityInput();

    private Long missionId;

    private Long regionId;

    private Long trainingId;

    private Long initiativeId;

    private Set<Long> themeIds = new LinkedHashSet<>();

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

    public MoneyInput getAmount() {
        return amount;
    }

    public void setAmount(MoneyInput amount) {
        this.amount = amount;
    }

    public QuantityInput getHeadcount() {
        return headcount;
    }

    public void setHeadcount(QuantityInput headcount) {
        this.headcount = headcount;
    }

    public Long getMissionId() {
        return missionId;
    }

    public void setMissionId(Long missionId) {
        this.missionId = missionId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public Set<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(Set<Long> themeIds) {
        this.themeIds = themeIds;
    }

    public Long getTrainingId() {
        return trainingId;
    }

    public void setTrainingId(Long trainingId) {
        this.trainingId = trainingId;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public void setInitiativeId(Long initiativeId) {
        this.initiativeId = initiativeId;
    }
}
