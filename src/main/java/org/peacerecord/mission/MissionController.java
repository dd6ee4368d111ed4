package org.peacerecord.mission;

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

/** The public mission pages: the list (full page, or its results for htmx), one mission with all that links to it, downloads. */
@Controller
class MissionController {

    private final MissionService missions;
    private final ExportWriter export;

    MissionController(MissionService missions, ExportWriter export) {
        this.missions = missions;
        this.export = export;
    }

    @GetMapping("/missions")
    String list(@Valid MissionFilter filter, Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("results", missions.browse(filter));
        return Htmx.pageOrFragment(request, response, "mission/list", "results", filter.toUrl("/missions"));
    }

    @GetMapping("/missions/{acronym}")
    String show(@PathVariable String acronym, Model model) {
        model.addAttribute("page", missions.detail(acronym));
        return "mission/show";
    }

    @GetMapping("/missions.{format:" + ExportWriter.FORMATS + "}")
    void download(@PathVariable String format, @Valid MissionFilter filter, HttpServletResponse response)
            throws IOException {
        export.write(response, format, MissionExport.TABLE, rows -> missions.export(filter).forEach(rows));
    }
}
