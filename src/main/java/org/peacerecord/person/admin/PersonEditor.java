package org.peacerecord.person.admin;

import org.peacerecord.admin.AdminFormat;
import org.peacerecord.admin.ListSpec.Column;
import org.peacerecord.admin.ListSpec.Filter;
import org.peacerecord.admin.ListSpec.Sort;
import org.peacerecord.admin.ListSpec;
import org.peacerecord.admin.RecordEditor;
import org.peacerecord.admin.Reference;
import org.peacerecord.admin.References;
import org.peacerecord.mission.Mission;
import org.peacerecord.person.Person;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
@Order(50)
class PersonEditor implements RecordEditor<Person, PersonForm> {

    private final AdminFormat format;

    PersonEditor(AdminFormat format) {
        this.format = format;
    }

    @Override
    public String path() {
        return "people";
    }

    @Override
    public String formView() {
        return "person/form";
    }

    @Override
    public Class<Person> entityType() {
        return Person.class;
    }

    @Override
    public PersonForm newForm() {
        return new PersonForm();
    }

    @Override
    public PersonForm toForm(Person person) {
        PersonForm form = new PersonForm();
        form.setRef(person.getRef());
        form.setName(person.getName());
        form.setNameJa(person.getNameJa());
        form.setRole(person.getRole());
        form.setOrganisation(person.getOrganisation());
        form.setMissionId(person.getMission() == null ? null : person.getMission().getId());
        form.setInMemoriam(person.isInMemoriam());
        form.setMemorialNote(person.getMemorialNote());
        form.setDescription(person.getDescription());
        return form;
    }

    @Override
    public Person newRecord(PersonForm form, References references) {
        return new Person(form.getName());
    }

    @Override
    public void apply(PersonForm form, Person person, References references) {
        person.setRef(form.getRef());
        person.setName(form.getName());
        person.setNameJa(form.getNameJa());
        person.setRole(form.getRole());
        person.setOrganisation(form.getOrganisation());
        person.setMission(references.one(Mission.class, form.getMissionId()));
        person.setInMemoriam(form.isInMemoriam());
        person.setMemorialNote(form.getMemorialNote());
        person.setDescription(form.getDescription());
    }

    @Override
    public String label(Person person) {
        return person.getName();
    }

    @Override
    public List<String> fields() {
        return List.of("name", "nameJa", "role", "organisation", "missionId", "inMemoriam", "memorialNote",
                "description", "ref");
    }


    @Override
    public ListSpec<Person> listSpec() {
        return new ListSpec<>(
                List.of("name", "nameJa", "role", "organisation"),
                List.of(new Filter("missionId", "mission.id", Long.class),
                        new Filter("inMemoriam", "inMemoriam", Boolean.class)),
                List.of(Sort.asc("name", "name"), Sort.desc("updated", "updatedAt")),
                List.of(new Column<>("role", Person::getRole),
                        new Column<>("missionId", p -> p.getMission() == null ? null : p.getMission().getId()),
                        new Column<>("inMemoriam", Person::isInMemoriam)),
                List.of("mission"));
    }

    @Override
    public List<String> uniqueFields() {
        return List.of("ref");
    }

    @Override
    public List<Reference> references() {
        return List.of(Reference.to(Mission.class, "mission"));
    }
}
