package org.peacerecord.contribution.admin;

import org.peacerecord.admin.AdminFormat;
import org.peacerecord.admin.ListSpec.Column;
import org.peacerecord.admin.ListSpec.Filter;
import org.peacerecord.admin.ListSpec.Sort;
import org.peacerecord.admin.ListSpec;
import org.peacerecord.admin.RecordEditor;
import org.peacerecord.admin.Reference;
import org.peacerecord.admin.References;
import org.peacerecord.admin.form.MoneyInput;
import org.peacerecord.admin.form.PartialDateInput;
import org.peacerecord.admin.form.QuantityInput;
import org.peacerecord.contribution.Contribution;
import org.peacerecord.contribution.ContributionKind;
import org.peacerecord.initiative.Initiative;
import org.peacerecord.mission.Mission;
import org.peacerecord.region.Region;
import org.peacerecord.shared.BaseEntity;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.training.Training;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

@Component
@Order(10)
class ContributionEditor implements RecordEditor<Contribution, ContributionForm> {

    private final AdminFormat format;

    ContributionEditor(AdminFormat format) {
        this.format = format;
    }

    @Override
    public String path() {
        return "contributions";
    }

    @Override
    public String formView() {
        return "contribution/form";
    }

    @Override
    public Class<Contribution> entityType() {
        return Contribution.class;
    }

    @Override
    public ContributionForm newForm() {
        return new ContributionForm();
    }

    @Override
    public ContributionForm toForm(Contribution contribution) {
        ContributionForm form = new ContributionForm();
        form.setRef(contribution.getRef());
        form.setKind(contribution.getKind());
        form.setTitle(contribution.getTitle());
        form.setDescription(contribution.getDescription());
        form.setStart(PartialDateInput.of(contribution.getStart()));
        form.setEnd(PartialDateInput.of(contribution.getEnd()));
        form.setAmount(MoneyInput.of(contribution.getAmount()));
        form.setHeadcount(QuantityInput.of(contribution.getHeadcount()));
        form.setMissionId(contribution.getMission() == null ? null : contribution.getMission().getId());
        form.setRegionId(contribution.getRegion() == null ? null : contribution.getRegion().getId());
        form.setTrainingId(contribution.getTraining() == null ? null : contribution.getTraining().getId());
        form.setInitiativeId(contribution.getInitiative() == null ? null : contribution.getInitiative().getId());
        form.setThemeIds(contribution.getThemes().stream().map(BaseEntity::getId)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        return form;
    }

    @Override
    public Contribution newRecord(ContributionForm form, References references) {
        return new Contribution(form.getKind(), form.getTitle());
    }

    @Override
    public void apply(ContributionForm form, Contribution contribution, References references) {
        contribution.setRef(form.getRef());
        contribution.setKind(form.getKind());
        contribution.setTitle(form.getTitle());
        contribution.setDescription(form.getDescription());
        contribution.setStart(form.getStart().toPartialDate());
        contribution.setEnd(form.getEnd().toPartialDate());
        contribution.setAmount(form.getAmount().toMoney());
        contribution.setHeadcount(form.getHeadcount().toQuantity());
        contribution.setMission(references.one(Mission.class, form.getMissionId()));
        contribution.setRegion(references.one(Region.class, form.getRegionId()));
        contribution.setTraining(references.one(Training.class, form.getTrainingId()));
        contribution.setInitiative(references.one(Initiative.class, form.getInitiativeId()));
        contribution.replaceThemes(references.all(A4pTheme.class, form.getThemeIds()));
    }

    @Override
    public String label(Contribution contribution) {
        return contribution.getTitle();
    }

    @Override
    public List<String> fields() {
        return List.of("kind", "title", "description", "start", "end", "amount", "headcount", "missionId",
                "regionId", "trainingId", "initiativeId", "themeIds", "ref");
    }


    @Override
    public ListSpec<Contribution> listSpec() {
        return new ListSpec<>(
                List.of("title", "ref", "description"),
                List.of(new Filter("kind", "kind", ContributionKind.class),
                        new Filter("missionId", "mission.id", Long.class)),
                List.of(Sort.asc("title", "title"), Sort.asc("start", "start.date"), Sort.desc("updated", "updatedAt")),
                List.of(new Column<>("kind", Contribution::getKind),
                        new Column<>("missionId", c -> c.getMission() == null ? null : c.getMission().getId()),
                        new Column<>("start", Contribution::getStart),
                        new Column<>("amount", Contribution::getAmount),
                        new Column<>("headcount", Contribution::getHeadcount)),
                List.of("mission"));
    }

    @Override
    public List<String> uniqueFields() {
        return List.of("ref");
    }

    @Override
    public List<Reference> references() {
        return List.of(Reference.to(Mission.class, "mission"), Reference.to(Region.class, "region"),
                Reference.to(Training.class, "training"), Reference.to(Initiative.class, "initiative"),
                Reference.toMany(A4pTheme.class, "themes", "themeIds"));
    }

    /** A contribution is Japan's part in one event at most: a training course or an initiative, not both. */
    @Override
    public void validate(ContributionForm form, Long id, Errors errors) {
        if (form.getTrainingId() != null && form.getInitiativeId() != null && !errors.hasFieldErrors("initiativeId")) {
            errors.rejectValue("initiativeId", "admin.validation.oneEvent");
        }
    }

    @Override
    public String choicesQuery() {
        return "select e from Contribution e order by upper(e.title), e.id";
    }
}
