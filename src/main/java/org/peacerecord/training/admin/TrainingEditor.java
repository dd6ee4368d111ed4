package org.peacerecord.training.admin;

import org.peacerecord.admin.AdminFormat;
import org.peacerecord.admin.ListSpec.Column;
import org.peacerecord.admin.ListSpec.Filter;
import org.peacerecord.admin.ListSpec.Sort;
import org.peacerecord.admin.ListSpec;
import org.peacerecord.admin.RecordEditor;
import org.peacerecord.admin.Reference;
import org.peacerecord.admin.References;
import org.peacerecord.admin.form.PartialDateInput;
import org.peacerecord.admin.form.QuantityInput;
import org.peacerecord.mission.Mission;
import org.peacerecord.region.Region;
import org.peacerecord.shared.BaseEntity;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.Provenance;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.training.Programme;
import org.peacerecord.training.Training;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

@Component
@Order(20)
class TrainingEditor implements RecordEditor<Training, TrainingForm> {

    private final AdminFormat format;

    TrainingEditor(AdminFormat format) {
        this.format = format;
    }

    @Override
    public String path() {
        return "trainings";
    }

    @Override
    public String formView() {
        return "training/form";
    }

    @Override
    public Class<Training> entityType() {
        return Training.class;
    }

    @Override
    public TrainingForm newForm() {
        TrainingForm form = new TrainingForm();
        form.setProgramme(Programme.TPP);
        return form;
    }

    @Override
    public TrainingForm toForm(Training training) {
        TrainingForm form = new TrainingForm();
        form.setRef(training.getRef());
        form.setProvenance(training.getProvenance());
        form.setProgramme(training.getProgramme());
        form.setTitle(training.getTitle());
        form.setDescription(training.getDescription());
        form.setDiscipline(training.getDiscipline());
        form.setRegionId(training.getRegion() == null ? null : training.getRegion().getId());
        form.setCountries(new LinkedHashSet<>(training.getCountries()));
        form.setUnmatchedCountry(training.getUnmatchedCountry());
        form.setLocation(training.getLocation());
        form.setDeliveryMode(training.getDeliveryMode());
        form.setStart(PartialDateInput.of(training.getStart()));
        form.setEnd(PartialDateInput.of(training.getEnd()));
        form.setDatesAsReported(training.getDatesAsReported());
        form.setTrainees(QuantityInput.of(training.getTrainees()));
        form.setTraineesAsReported(training.getTraineesAsReported());
        form.setTraineeOrigin(training.getTraineeOrigin());
        form.setPartners(training.getPartners());
        form.setMissionId(training.getMission() == null ? null : training.getMission().getId());
        form.setSourceReliability(training.getSourceReliability());
        form.setNotes(training.getNotes());
        form.setThemeIds(training.getThemes().stream().map(BaseEntity::getId)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        return form;
    }

    @Override
    public Training newRecord(TrainingForm form, References references) {
        return new Training(form.getProvenance(), form.getProgramme(), form.getTitle(), form.getDiscipline(),
                references.one(Region.class, form.getRegionId()));
    }

    @Override
    public void apply(TrainingForm form, Training training, References references) {
        training.setRef(form.getRef());
        training.setProvenance(form.getProvenance());
        training.setProgramme(form.getProgramme());
        training.setTitle(form.getTitle());
        training.setDescription(form.getDescription());
        training.setDiscipline(form.getDiscipline());
        training.setRegion(references.one(Region.class, form.getRegionId()));
        training.replaceCountries(form.getCountries());
        if (!form.getCountries().isEmpty()) {
            training.setUnmatchedCountry(null); // the editor has placed it
        }
        training.setLocation(form.getLocation());
        training.setDeliveryMode(form.getDeliveryMode());
        training.setStart(form.getStart().toPartialDate());
        training.setEnd(form.getEnd().toPartialDate());
        training.setDatesAsReported(form.getDatesAsReported());
        training.setTrainees(form.getTrainees().toQuantity());
        training.setTraineesAsReported(form.getTraineesAsReported());
        training.setTraineeOrigin(form.getTraineeOrigin());
        training.setPartners(form.getPartners());
        training.setMission(references.one(Mission.class, form.getMissionId()));
        training.setSourceReliability(form.getSourceReliability());
        training.setNotes(form.getNotes());
        training.replaceThemes(references.all(A4pTheme.class, form.getThemeIds()));
    }

    @Override
    public String label(Training training) {
        return training.getTitle();
    }

    @Override
    public List<String> fields() {
        return List.of("title", "provenance", "programme", "discipline", "regionId", "countries", "location",
                "deliveryMode", "start", "end", "datesAsReported", "trainees", "traineesAsReported",
                "traineeOrigin", "partners", "missionId", "themeIds", "description", "sourceReliability",
                "notes", "ref");
    }


    @Override
    public ListSpec<Training> listSpec() {
        return new ListSpec<>(
                List.of("title", "ref", "unmatchedCountry", "location"),
                List.of(new Filter("regionId", Long.class, List.of("region.id", "region.parent.id")),
                        new Filter("provenance", "provenance", Provenance.class),
                        new Filter("discipline", "discipline", Discipline.class)),
                List.of(Sort.desc("start", "start.date"), Sort.asc("title", "title"), Sort.desc("updated", "updatedAt")),
                List.of(new Column<>("provenance", Training::getProvenance),
                        new Column<>("discipline", Training::getDiscipline),
                        new Column<>("regionId", t -> t.getRegion().getId()),
                        new Column<>("start", Training::getStart),
                        new Column<>("deliveryMode", Training::getDeliveryMode)),
                List.of("region"));
    }

    /** Newest first, each with its date: "Construction Process Management (remote course) (2021-12)". */
    @Override
    public String choicesQuery() {
        return "select e from Training e order by e.start.date desc nulls last, upper(e.title), e.id";
    }

    @Override
    public String choiceLabel(Training training, Locale locale) {
        return training.getStart() == null ? training.getTitle()
                : training.getTitle() + " (" + training.getStart().toIsoString() + ")";
    }

    @Override
    public List<String> uniqueFields() {
        return List.of("ref");
    }

    @Override
    public List<Reference> references() {
        return List.of(Reference.to(Region.class, "region"), Reference.to(Mission.class, "mission"),
                Reference.toMany(A4pTheme.class, "themes", "themeIds"));
    }
}
