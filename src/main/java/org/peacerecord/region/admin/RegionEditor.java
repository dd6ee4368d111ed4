package org.peacerecord.region.admin;

import org.peacerecord.admin.ListSpec.Column;
import org.peacerecord.admin.ListSpec.Filter;
import org.peacerecord.admin.ListSpec.Sort;
import org.peacerecord.admin.ListSpec;
import org.peacerecord.admin.RecordEditor;
import org.peacerecord.admin.Reference;
import org.peacerecord.admin.References;
import org.peacerecord.region.Region;
import org.peacerecord.region.RegionTree;
import org.peacerecord.region.Regions;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import java.util.List;
import java.util.Locale;
import java.util.Set;

@Component
@Order(80)
class RegionEditor implements RecordEditor<Region, RegionForm> {

    private final Regions regions;

    RegionEditor(Regions regions) {
        this.regions = regions;
    }

    @Override
    public String path() {
        return "regions";
    }

    @Override
    public String formView() {
        return "region/form";
    }

    @Override
    public Class<Region> entityType() {
        return Region.class;
    }

    @Override
    public RegionForm newForm() {
        return new RegionForm();
    }

    @Override
    public RegionForm toForm(Region region) {
        RegionForm form = new RegionForm();
        form.setCode(region.getCode());
        form.setName(region.getName());
        form.setNameJa(region.getNameJa());
        form.setParentId(region.getParent() == null ? null : region.getParent().getId());
        form.setSortOrder(region.getSortOrder());
        return form;
    }

    @Override
    public Region newRecord(RegionForm form, References references) {
        return new Region(form.getCode(), form.getName(), references.one(Region.class, form.getParentId()));
    }

    @Override
    public void apply(RegionForm form, Region region, References references) {
        region.setCode(form.getCode());
        region.setName(form.getName());
        region.setNameJa(form.getNameJa());
        region.setParent(references.one(Region.class, form.getParentId()));
        region.setSortOrder(form.getSortOrder() == null ? 0 : form.getSortOrder());
    }

    @Override
    public String label(Region region) {
        return region.getName();
    }

    @Override
    public List<String> fields() {
        return List.of("code", "name", "nameJa", "parentId", "sortOrder");
    }


    @Override
    public ListSpec<Region> listSpec() {
        return new ListSpec<>(
                List.of("code", "name", "nameJa"),
                List.of(new Filter("parentId", "parent.id", Long.class)),
                List.of(Sort.asc("name", "name"), Sort.asc("code", "code"), Sort.asc("sortOrder", "sortOrder"),
                        Sort.desc("updated", "updatedAt")),
                List.of(new Column<>("code", Region::getCode), new Column<>("nameJa", Region::getNameJa),
                        new Column<>("parentId", r -> r.getParent() == null ? null : r.getParent().getId()),
                        new Column<>("sortOrder", Region::getSortOrder)),
                List.of("parent"));
    }

    /** Regions in tree order, each sub-region under its region. */
    @Override
    public String choicesQuery() {
        return "select e from Region e left join fetch e.parent p"
                + " order by coalesce(p.sortOrder, e.sortOrder), p.id nulls first, e.sortOrder";
    }

    /** "Asia and the Pacific › South-eastern Asia". */
    @Override
    public String choiceLabel(Region region, Locale locale) {
        return region.getParent() == null ? region.getDisplayName(locale)
                : region.getParent().getDisplayName(locale) + " › " + region.getDisplayName(locale);
    }

    @Override
    public List<String> uniqueFields() {
        return List.of("code");
    }

    @Override
    public List<Reference> references() {
        return List.of(Reference.to(Region.class, "parent"));
    }

    /** A region cannot be its own ancestor: its parent must not be itself or one of its sub-regions. */
    @Override
    public void validate(RegionForm form, Long id, Errors errors) {
        if (id == null || form.getParentId() == null || errors.hasFieldErrors("parentId")) {
            return;
        }
        RegionTree tree = regions.tree();
        boolean cycle = tree.find(id).map(tree::selfAndDescendantIds).orElse(Set.of()).contains(form.getParentId());
        if (cycle) {
            errors.rejectValue("parentId", "admin.validation.parent");
        }
    }
}
