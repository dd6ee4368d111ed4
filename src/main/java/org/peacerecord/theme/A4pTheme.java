package org.peacerecord.theme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.peacerecord.shared.BaseEntity;
import org.peacerecord.shared.SearchText;
import org.peacerecord.source.Citation;
import org.peacerecord.source.Cited;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One of the eight thematic areas of the Action for Peacekeeping (A4P) Declaration. */
@Entity
@Audited
@Table(name = "a4p_theme")
public class A4pTheme extends BaseEntity implements Cited {

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_ja", length = 200)
    private String nameJa;

    @Column(length = 4000)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @ElementCollection
    @CollectionTable(name = "a4p_theme_citation", joinColumns = @JoinColumn(name = "a4p_theme_id"))
    @OrderColumn(name = "position")
    private List<Citation> citations = new ArrayList<>();

    /** Normalised searchable text ({@link SearchText}), kept in step with the fields on every save. */
    @NotAudited
    @Column(name = "search_text", length = SearchText.MAX_LENGTH)
    private String searchText;

    protected A4pTheme() {
    }

    public A4pTheme(String code, String name) {
        this.code = code;
        this.name = name;
    }

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

    public String getDisplayName(Locale locale) {
        return "ja".equals(locale.getLanguage()) && nameJa != null && !nameJa.isBlank() ? nameJa : name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    @Override
    public List<Citation> getCitations() {
        return citations;
    }

    @Override
    public void replaceCitations(List<Citation> citations) {
        this.citations.clear();
        this.citations.addAll(citations);
    }

    /** The normalised text the search finds this record by. */
    public String computeSearchText() {
        return SearchText.of(name, nameJa, description);
    }

    public String getSearchText() {
        return searchText;
    }

    @PrePersist
    @PreUpdate
    void refreshSearchText() {
        searchText = computeSearchText();
    }
}
