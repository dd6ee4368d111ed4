package org.peacerecord.initiative.admin;

import org.peacerecord.admin.ListSpec;
import org.peacerecord.admin.ListSpec.Column;
import org.peacerecord.admin.ListSpec.Filter;
import org.peacerecord.admin.ListSpec.Sort;
import org.peacerecord.admin.RecordEditor;
import org.peacerecord.admin.Reference;
import org.peacerecord.admin.References;
import org.peacerecord.admin.form.PartialDateInput;
import org.peacerecord.initiative.Addressee;
import org.peacerecord.initiative.Initiative;
import org.peacerecord.initiative.InitiativeKind;
import org.peacerecord.initiative.Initiatives;
import org.peacerecord.mission.Mission;
import org.peacerecord.shared.BaseEntity;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

@Component
@Order(55)
class InitiativeEditor implements RecordEditor<Initiative, InitiativeForm> {

    private final Initiatives initiatives;

    InitiativeEditor(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public String path() {
        return "initiatives";
    }

    @Override
    public String formView() {
        return "initiative/form";
    }

    @Override
    public Class<Initiative> entityType() {
        return Initiative.class;
    }

    @Override
    public InitiativeForm newForm() {
        return new InitiativeForm();
    }

    @Override
    public InitiativeForm toForm(Initiative initiative) {
        InitiativeForm form = new InitiativeForm();
        form.setRef(initiative.getRef());
        form.setKind(initiative.getKind());
        form.setTitle(initiative.getTitle());
        form.setDescription(initiative.getDescription());
        form.setAddressee(initiative.getAddressee());
        form.setParentId(initiative.getParent() == null ? null : initiative.getParent().getId());
        form.setStart(PartialDateInput.of(initiative.getStart()));
        form.setEnd(PartialDateInput.of(initiative.getEnd()));
        form.setMissionIds(initiative.getMissions().stream().map(BaseEntity::getId)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        return form;
    }

    @Override
    public Initiative newRecord(InitiativeForm form, References references) {
        return new Initiative(form.getKind(), form.getTitle());
    }

    @Override
    public void apply(InitiativeForm form, Initiative initiative, References references) {
        initiative.setRef(form.getRef());
        initiative.setKind(form.getKind());
        initiative.setTitle(form.getTitle());
        initiative.setDescription(form.getDescription());
        initiative.setAddressee(form.getAddressee());
        initiative.setParent(references.one(Initiative.class, form.getParentId()));
        initiative.setStart(form.getStart().toPartialDate());
        initiative.setEnd(form.getEnd().toPartialDate());
        initiative.replaceMissions(references.all(Mission.class, form.getMissionIds()));
    }

    @Override
    public String label(Initiative initiative) {
        return initiative.getTitle();
    }

    @Override
    public List<String> fields() {
        return List.of("kind", "title", "description", "addressee", "parentId", "start", "end", "missionIds", "ref");
    }

    @Override
    public ListSpec<Initiative> listSpec() {
        return new ListSpec<>(
                List.of("title", "ref", "description"),
                List.of(new Filter("kind", "kind", InitiativeKind.class),
                        new Filter("addressee", "addressee", Addressee.class)),
                List.of(Sort.asc("title", "title"), Sort.asc("start", "start.date"), Sort.desc("updated", "updatedAt")),
                List.of(new Column<>("kind", Initiative::getKind), new Column<>("addressee", Initiative::getAddressee),
                        new Column<>("parentId", i -> i.getParent() == null ? null : i.getParent().getId()),
                        new Column<>("start", Initiative::getStart)),
                List.of("parent"));
    }

    @Override
    public List<String> uniqueFields() {
        return List.of("ref");
    }

    @Override
    public List<Reference> references() {
        return List.of(Reference.to(Initiative.class, "parent"), Reference.toMany(Mission.class, "missions", "missionIds"));
    }

    @Override
    public String choicesQuery() {
        return "select e from Initiative e order by upper(e.title), e.id";
    }

    /** An initiative cannot be part of itself, nor of one of its own parts. */
    @Override
    public void validate(InitiativeForm form, Long id, Errors errors) {
        if (id == null || form.getParentId() == null || errors.hasFieldErrors("parentId")) {
            return;
        }
        // Walk up from the chosen parent: reaching this initiative means a cycle.
        Map<Long, Long> parents = initiatives.parents();
        Long current = form.getParentId();
        Set<Long> seen = new HashSet<>();
        while (current != null && seen.add(current)) {
            if (Objects.equals(current, id)) {
                errors.rejectValue("parentId", "admin.validation.initiativeParent");
                return;
            }
            current = parents.get(current);
        }
    }
}
