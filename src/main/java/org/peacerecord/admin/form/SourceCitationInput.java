package org.peacerecord.admin.form;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** One external source: title and http(s) URL, the source's own date as it states it, when it was read, what it says. */
@CompleteCitation
public class SourceCitationInput {

    @Size(max = 500, message = "{admin.validation.size}")
    private String title;

    @Size(max = 1000, message = "{admin.validation.size}")
    @HttpUrl
    private String url;

    @Size(max = 100, message = "{admin.validation.size}")
    private String published;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @PastOrPresent(message = "{admin.validation.accessed}")
    private LocalDate accessedOn;

    @Size(max = 1000, message = "{admin.validation.size}")
    private String summary;

    public boolean isEmpty() {
        return blank(title) && blank(url) && blank(published) && accessedOn == null && blank(summary);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getPublished() {
        return published;
    }

    public void setPublished(String published) {
        this.published = published;
    }

    public LocalDate getAccessedOn() {
        return accessedOn;
    }

    public void setAccessedOn(LocalDate accessedOn) {
        this.accessedOn = accessedOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
