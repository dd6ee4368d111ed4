package org.peacerecord.person;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.peacerecord.export.ExportWriter;
import org.peacerecord.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;

/** The public people pages: everyone the statement names, and one person (those remembered in memoriam marked so). */
@Controller
class PersonController {

    private final PersonService people;
    private final ExportWriter export;

    PersonController(PersonService people, ExportWriter export) {
        this.people = people;
        this.export = export;
    }

    @GetMapping("/people")
    String list(@Valid PersonFilter filter, Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("results", people.browse(filter));
        return Htmx.pageOrFragment(request, response, "person/list", "results", filter.toUrl("/people"));
    }

    /** Ids are numbers of at most 18 digits; anything else matches no page (404). */
    @GetMapping("/people/{id:\\d{1,18}}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("person", people.detail(id));
        return "person/show";
    }

    @GetMapping("/people.{format:" + ExportWriter.FORMATS + "}")
    void download(@PathVariable String format, @Valid PersonFilter filter, HttpServletResponse response)
            throws IOException {
        export.write(response, format, PersonExport.TABLE, rows -> people.export(filter, rows));
    }
}
