package org.peacerecord.region;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.peacerecord.source.CitedRecord;

import java.util.Locale;

/** A UN region (Africa, Asia and the Pacific, …) or one of its sub-regions; "Global" for programme-wide records. */
@Entity
@Audited
@AssociationOverride(name = "citations",
        joinTable = @JoinTable(name = "region_citation", joinColumns = @JoinColumn(name = "region_id")))
@Table(name = "region")
public class Region extends CitedRecord {

    public static final String GLOBAL = "global";

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_ja", length = 200)
    private String nameJa;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Region parent;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;


    protected Region() {
    }

    public Region(String code, String name, Region parent) {
        this.code = code;
        this.name = name;
        this.parent = parent;
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

    /** The name in the reader's language, falling back to English. */
    public String getDisplayName(Locale locale) {
        return "ja".equals(locale.getLanguage()) && nameJa != null && !nameJa.isBlank() ? nameJa : name;
    }

    public Region getParent() {
        return parent;
    }

    public void setParent(Region parent) {
        this.parent = parent;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
