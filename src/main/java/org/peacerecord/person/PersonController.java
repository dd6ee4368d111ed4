package org.peacerecord.person;

import jakarta.servlet.http.HttpServletResponse;
import org.peacerecord.export.ExportColumn;
import org.peacerecord.export.ExportWriter;
import org.peacerecord.web.ListPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.List;

/** The public people pages: everyone the statement names, and one person (those remembered in memoriam marked so). */
@Controller
class PersonController {

    private final PersonQueries people;
    private final ExportWriter export;

    PersonController(PersonQueries people, ExportWriter export) {
        this.people = people;
        this.export = export;
    }

    @GetMapping("/people")
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("people", people.page(ListPages.of(page)));
        return "person/list";
    }

    @GetMapping("/people.csv")
    void csv(HttpServletResponse response) throws IOException {
        PersonQueries.PersonExport rows = people.export();
        export.csv(response, "people", columns(rows), rows.people());
    }

    @GetMapping("/people.json")
    void json(HttpServletResponse response) throws IOException {
        PersonQueries.PersonExport rows = people.export();
        export.json(response, "people", columns(rows), rows.people());
    }

    /** Ids are numbers of at most 18 digits; anything else matches no page (404). */
    @GetMapping("/people/{id:\\d{1,18}}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("person", people.detail(id));
        return "person/show";
    }

    private static List<ExportColumn<Person>> columns(PersonQueries.PersonExport rows) {
        return List.of(
                ExportColumn.of("id", Person::getId),
                ExportColumn.of("name", Person::getName),
                ExportColumn.of("name_ja", Person::getNameJa),
                ExportColumn.of("role", Person::getRole),
                ExportColumn.of("organisation", Person::getOrganisation),
                ExportColumn.of("mission", p -> p.getMission() == null ? null : p.getMission().getAcronym()),
                ExportColumn.of("in_memoriam", Person::isInMemoriam),
                ExportColumn.of("memorial_note", Person::getMemorialNote),
                ExportColumn.of("sources", p -> rows.sources().get(p.getId())));
    }
}
