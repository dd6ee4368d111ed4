package org.peacerecord.initiative.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peacerecord.admin.form.PartialDateInput;
import org.peacerecord.admin.form.Period;
import org.peacerecord.admin.form.RecordForm;
import org.peacerecord.initiative.Addressee;
import org.peacerecord.initiative.InitiativeKind;

import java.util.LinkedHashSet;
import java.util.Set;

/** An initiative, request or piece of context as the editor fills it in. */
@Period(start = "start", end = "end")
public class InitiativeForm extends RecordForm {

    @Size(max = 60, message = "{admin.validation.size}")
    @Pattern(regexp = "[A-Za-z0-9-]*", message = "{admin.validation.acronym}")
    private String ref;

    @NotNull(message = "{admin.validation.choose}")
    private InitiativeKind kind;

    @NotBlank(message = "{admin.validation.required}")
    @Size(max = 300, message = "{admin.validation.size}")
    private String title;

    @Size(max = 4000, message = "{admin.validation.size}")
    private String description;

    private Addressee addressee;

    private Long parentId;

    @Valid
    private PartialDateInput start = new PartialDateInput();

    @Valid
    private PartialDateInput end = new PartialDateInput();

    private Set<Long> missionIds = new LinkedHashSet<>();

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

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
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

    public Set<Long> getMissionIds() {
        return missionIds;
    }

    public void setMissionIds(Set<Long> missionIds) {
        this.missionIds = missionIds;
    }
}
