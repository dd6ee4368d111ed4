package org.peacerecord.initiative;

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

/** The public initiative pages: the filtered list (full page, or its results for htmx), one initiative, downloads. */
@Controller
class InitiativeController {

    private final InitiativeService initiatives;
    private final ExportWriter export;

    InitiativeController(InitiativeService initiatives, ExportWriter export) {
        this.initiatives = initiatives;
        this.export = export;
    }

    @GetMapping("/initiatives")
    String list(@Valid InitiativeFilter filter, Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("results", initiatives.browse(filter));
        return Htmx.pageOrFragment(request, response, "initiative/list", "results", filter.toUrl("/initiatives"));
    }

    /** Ids are numbers of at most 18 digits; anything else matches no page (404). */
    @GetMapping("/initiatives/{id:\\d{1,18}}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", initiatives.detail(id));
        return "initiative/show";
    }

    @GetMapping("/initiatives.{format:" + ExportWriter.FORMATS + "}")
    void download(@PathVariable String format, @Valid InitiativeFilter filter, HttpServletResponse response)
            throws IOException {
        export.write(response, format, InitiativeExport.TABLE, rows -> initiatives.export(filter).forEach(rows));
    }
}
