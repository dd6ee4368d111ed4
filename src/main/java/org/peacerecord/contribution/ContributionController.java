package org.peacerecord.contribution;

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

/** The public contribution pages: the filtered list (full page, or its results for htmx), one contribution, downloads. */
@Controller
class ContributionController {

    private final ContributionService contributions;
    private final ExportWriter export;

    ContributionController(ContributionService contributions, ExportWriter export) {
        this.contributions = contributions;
        this.export = export;
    }

    @GetMapping("/contributions")
    String list(@Valid ContributionFilter filter, Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("results", contributions.browse(filter));
        return Htmx.pageOrFragment(request, response, "contribution/list", "results", filter.toUrl("/contributions"));
    }

    /** Ids are numbers of at most 18 digits; anything else matches no page (404). */
    @GetMapping("/contributions/{id:\\d{1,18}}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", contributions.detail(id));
        return "contribution/show";
    }

    @GetMapping("/contributions.{format:" + ExportWriter.FORMATS + "}")
    void download(@PathVariable String format, @Valid ContributionFilter filter, HttpServletResponse response)
            throws IOException {
        export.write(response, format, ContributionExport.TABLE, rows -> contributions.export(filter, rows));
    }
}
