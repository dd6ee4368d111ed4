package org.peacerecord.person.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peacerecord.admin.form.RecordForm;

/** A person as the editor fills it in. */
public class PersonForm extends RecordForm {

    @Size(max = 60, message = "{admin.validation.size}")
    @Pattern(regexp = "[A-Za-z0-9-]*", message = "{admin.validation.acronym}")
    private String ref;

    @NotBlank(message = "{admin.validation.required}")
    @Size(max = 200, message = "{admin.validation.size}")
    private String name;

    @Size(max = 200, message = "{admin.validation.size}")
    private String nameJa;

    @Size(max = 500, message = "{admin.validation.size}")
    private String role;

    @Size(max = 300, message = "{admin.validation.size}")
    private String organisation;

    private Long missionId;

    private boolean inMemoriam;

    @Size(max = 1000, message = "{admin.validation.size}")
    private String memorialNote;

    @Size(max = 4000, message = "{admin.validation.size}")
    private String description;

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameJa() {
        return nameJa;
    }

    public void setNameJa(String nameJa) {
        this.nameJa = nameJa;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Long getMissionId() {
        return missionId;
    }

    public void setMissionId(Long missionId) {
        this.missionId = missionId;
    }

    public boolean isInMemoriam() {
        return inMemoriam;
    }

    public void setInMemoriam(boolean inMemoriam) {
        this.inMemoriam = inMemoriam;
    }

    public String getMemorialNote() {
        return memorialNote;
    }

    public void setMemorialNote(String memorialNote) {
        this.memorialNote = memorialNote;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
