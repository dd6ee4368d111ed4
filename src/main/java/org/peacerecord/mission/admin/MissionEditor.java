package org.peacerecord.mission.admin;

import org.peacerecord.admin.AdminFormat;
import org.peacerecord.admin.ListSpec.Column;
import org.peacerecord.admin.ListSpec.Filter;
import org.peacerecord.admin.ListSpec.Sort;
import org.peacerecord.admin.ListSpec;
import org.peacerecord.admin.RecordEditor;
import org.peacerecord.admin.Reference;
import org.peacerecord.admin.References;
import org.peacerecord.admin.form.PartialDateInput;
import org.peacerecord.mission.Mission;
import org.peacerecord.mission.MissionKind;
import org.peacerecord.region.Region;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

@Component
@Order(30)
class MissionEditor implements RecordEditor<Mission, MissionForm> {

    private final AdminFormat format;

    MissionEditor(AdminFormat format) {
        this.format = format;
    }

    @Override
    public String path() {
        return "missions";
    }

    @Override
    public String formView() {
        return "mission/form";
    }

    @Override
    public Class<Mission> entityType() {
        return Mission.class;
    }

    @Override
    public MissionForm newForm() {
        return new MissionForm();
    }

    @Override
    public MissionForm toForm(Mission mission) {
        MissionForm form = new MissionForm();
        form.setAcronym(mission.getAcronym());
        form.setName(mission.getName());
        form.setKind(mission.getKind());
        form.setCountries(new LinkedHashSet<>(mission.getCountries()));
        form.setUnmatchedCountry(mission.getUnmatchedCountry());
        form.setRegionId(mission.getRegion() == null ? null : mission.getRegion().getId());
        form.setStart(PartialDateInput.of(mission.getStart()));
        form.setEnd(PartialDateInput.of(mission.getEnd()));
        form.setDescription(mission.getDescription());
        return form;
    }

    @Override
    public Mission newRecord(MissionForm form, References references) {
        return new Mission(form.getAcronym(), form.getName(), form.getKind());
    }

    @Override
    public void apply(MissionForm form, Mission mission, References references) {
        mission.setAcronym(form.getAcronym());
        mission.setName(form.getName());
        mission.setKind(form.getKind());
        mission.replaceCountries(form.getCountries());
        if (!form.getCountries().isEmpty()) {
            mission.setUnmatchedCountry(null); // the editor has placed it
        }
        mission.setRegion(references.one(Region.class, form.getRegionId()));
        mission.setStart(form.getStart().toPartialDate());
        mission.setEnd(form.getEnd().toPartialDate());
        mission.setDescription(form.getDescription());
    }

    @Override
    public String label(Mission mission) {
        return mission.getAcronym();
    }

    @Override
    public List<String> fields() {
        return List.of("acronym", "name", "kind", "countries", "regionId", "start", "end", "description");
    }


    @Override
    public ListSpec<Mission> listSpec() {
        return new ListSpec<>(
                List.of("acronym", "name", "unmatchedCountry"),
                List.of(new Filter("kind", "kind", MissionKind.class), new Filter("regionId", "region.id", Long.class)),
                List.of(Sort.asc("acronym", "acronym"), Sort.asc("name", "name"), Sort.asc("start", "start.date"),
                        Sort.desc("updated", "updatedAt")),
                List.of(new Column<>("name", Mission::getName), new Column<>("kind", Mission::getKind),
                        new Column<>("regionId", m -> m.getRegion() == null ? null : m.getRegion().getId()),
                        new Column<>("start", Mission::getStart), new Column<>("end", Mission::getEnd)),
                List.of("region"));
    }

    @Override
    public String choicesQuery() {
        return "select e from Mission e order by upper(e.acronym), e.id";
    }

    @Override
    public String choiceLabel(Mission mission, Locale locale) {
        return mission.getAcronym() + " — " + mission.getName();
    }

    @Override
    public List<String> uniqueFields() {
        return List.of("acronym");
    }

    @Override
    public List<Reference> references() {
        return List.of(Reference.to(Region.class, "region"));
    }
}
