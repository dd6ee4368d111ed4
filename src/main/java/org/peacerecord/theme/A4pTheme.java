package org.peacerecord.theme;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.peacerecord.shared.SearchText;
import org.peacerecord.source.SearchableRecord;

import java.util.Locale;

/** One of the eight thematic areas of the Action for Peacekeeping (A4P) Declaration. */
@Entity
@Audited
@AssociationOverride(name = "citations",
        joinTable = @JoinTable(name = "a4p_theme_citation", joinColumns = @JoinColumn(name = "a4p_theme_id")))
@Table(name = "a4p_theme")
public class A4pTheme extends SearchableRecord {

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

    /** The normalised text the search finds this record by. */
    @Override
    public String computeSearchText() {
        return SearchText.of(name, nameJa, description);
    }
}
