package org.peacerecord.milestone.admin;

import org.peacerecord.admin.AdminFormat;
import org.peacerecord.admin.ListSpec.Column;
import org.peacerecord.admin.ListSpec.Filter;
import org.peacerecord.admin.ListSpec.Sort;
import org.peacerecord.admin.ListSpec;
import org.peacerecord.admin.RecordEditor;
import org.peacerecord.admin.Reference;
import org.peacerecord.admin.References;
import org.peacerecord.admin.form.PartialDateInput;
import org.peacerecord.contribution.Contribution;
import org.peacerecord.milestone.Milestone;
import org.peacerecord.mission.Mission;
import org.peacerecord.region.Region;
import org.peacerecord.shared.Provenance;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;

@Component
@Order(60)
class MilestoneEditor implements RecordEditor<Milestone, MilestoneForm> {

    private final AdminFormat format;

    MilestoneEditor(AdminFormat format) {
        this.format = format;
    }

    @Override
    public String path() {
        return "milestones";
    }

    @Override
    public String formView() {
        return "milestone/form";
    }

    @Override
    public Class<Milestone> entityType() {
        return Milestone.class;
    }

    @Override
    public MilestoneForm newForm() {
        return new MilestoneForm();
    }

    @Override
    public MilestoneForm toForm(Milestone milestone) {
        MilestoneForm form = new MilestoneForm();
        form.setRef(milestone.getRef());
        form.setProvenance(milestone.getProvenance());
        form.setTitle(milestone.getTitle());
        form.setDescription(milestone.getDescription());
        form.setOccurred(PartialDateInput.of(milestone.getOccurred()));
        form.setEnded(PartialDateInput.of(milestone.getEnded()));
        form.setDatesAsReported(milestone.getDatesAsReported());
        form.setDiscipline(milestone.getDiscipline());
        form.setRegionId(milestone.getRegion() == null ? null : milestone.getRegion().getId());
        form.setCountries(new LinkedHashSet<>(milestone.getCountries()));
        form.setUnmatchedCountry(milestone.getUnmatchedCountry());
        form.setLocation(milestone.getLocation());
        form.setPartners(milestone.getPartners());
        form.setMissionId(milestone.getMission() == null ? null : milestone.getMission().getId());
        form.setContributionId(milestone.getContribution() == null ? null : milestone.getContribution().getId());
        form.setSourceReliability(milestone.getSourceReliability());
        form.setNotes(milestone.getNotes());
        return form;
    }

    @Override
    public Milestone newRecord(MilestoneForm form, References references) {
        return new Milestone(form.getProvenance(), form.getTitle(), form.getOccurred().toPartialDate());
    }

    @Override
    public void apply(MilestoneForm form, Milestone milestone, References references) {
        milestone.setRef(form.getRef());
        milestone.setProvenance(form.getProvenance());
        milestone.setTitle(form.getTitle());
        milestone.setDescription(form.getDescription());
        milestone.setOccurred(form.getOccurred().toPartialDate());
        milestone.setEnded(form.getEnded().toPartialDate());
        milestone.setDatesAsReported(form.getDatesAsReported());
        milestone.setDiscipline(form.getDiscipline());
        milestone.setRegion(references.one(Region.class, form.getRegionId()));
        milestone.replaceCountries(form.getCountries());
        if (!form.getCountries().isEmpty()) {
            milestone.setUnmatchedCountry(null); // the editor has placed it
        }
        milestone.setLocation(form.getLocation());
        milestone.setPartners(form.getPartners());
        milestone.setMission(references.one(Mission.class, form.getMissionId()));
        milestone.setContribution(references.one(Contribution.class, form.getContributionId()));
        milestone.setSourceReliability(form.getSourceReliability());
        milestone.setNotes(form.getNotes());
    }

    @Override
    public String label(Milestone milestone) {
        return milestone.getTitle();
    }

    @Override
    public List<String> fields() {
        return List.of("title", "provenance", "occurred", "ended", "datesAsReported", "description", "discipline",
                "regionId", "countries", "location", "partners", "missionId", "contributionId", "sourceReliability", "notes",
                "ref");
    }


    @Override
    public ListSpec<Milestone> listSpec() {
        return new ListSpec<>(
                List.of("title", "ref", "description"),
                List.of(new Filter("provenance", "provenance", Provenance.class),
                        new Filter("missionId", "mission.id", Long.class)),
                List.of(Sort.desc("occurred", "occurred.date"), Sort.asc("title", "title"),
                        Sort.desc("updated", "updatedAt")),
                List.of(new Column<>("occurred", Milestone::getOccurred),
                        new Column<>("provenance", Milestone::getProvenance),
                        new Column<>("missionId", m -> m.getMission() == null ? null : m.getMission().getId())),
                List.of("mission"));
    }

    @Override
    public List<String> uniqueFields() {
        return List.of("ref");
    }

    @Override
    public List<Reference> references() {
        return List.of(Reference.to(Region.class, "region"), Reference.to(Mission.class, "mission"),
                Reference.to(Contribution.class, "contribution"));
    }
}
