package org.peacerecord.theme.admin;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.peacerecord.admin.form.RecordForm;

/** An A4P thematic area as the editor fills it in. */
public class ThemeForm extends RecordForm {

    @NotBlank(message = "{admin.validation.required}")
    @Size(max = 60, message = "{admin.validation.size}")
    @Pattern(regexp = "[a-z0-9-]*", message = "{admin.validation.code}")
    private String code;

    @NotBlank(message = "{admin.validation.required}")
    @Size(max = 200, message = "{admin.validation.size}")
    private String name;

    @Size(max = 200, message = "{admin.validation.size}")
    private String nameJa;

    @Size(max = 4000, message = "{admin.validation.size}")
    private String description;

    @Min(value = 0, message = "{admin.validation.notNegative}")
    private Integer sortOrder = 0;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
