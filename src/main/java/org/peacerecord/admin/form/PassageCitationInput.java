package org.peacerecord.admin.form;

import jakarta.validation.constraints.Size;

/** One cited passage of the statement, chosen by its number, with an optional note on what it supports. */
@CompleteCitation
public class PassageCitationInput {

    private Integer number;

    @Size(max = 1000, message = "{admin.validation.size}")
    private String summary;

    public PassageCitationInput() {
    }

    public PassageCitationInput(Integer number, String summary) {
        this.number = number;
        this.summary = summary;
    }

    public boolean isEmpty() {
        return number == null && (summary == null || summary.isBlank());
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
