package org.peacerecord.mission;

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

/** The public mission pages: the list (sortable, paginated, downloadable) and one mission with all that links to it. */
@Controller
class MissionController {

    private final MissionQueries missions;
    private final ExportWriter export;

    MissionController(MissionQueries missions, ExportWriter export) {
        this.missions = missions;
        this.export = export;
    }

    @GetMapping("/missions")
    String list(@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page, Model model) {
        MissionSort order = MissionSort.from(sort);
        model.addAttribute("sort", order.key());
        model.addAttribute("missions", missions.page(order, ListPages.of(page)));
        return "mission/list";
    }

    @GetMapping("/missions.csv")
    void csv(@RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        MissionQueries.MissionExport rows = missions.export(MissionSort.from(sort));
        export.csv(response, "missions", columns(rows), rows.missions());
    }

    @GetMapping("/missions.json")
    void json(@RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        MissionQueries.MissionExport rows = missions.export(MissionSort.from(sort));
        export.json(response, "missions", columns(rows), rows.missions());
    }

    @GetMapping("/missions/{acronym}")
    String show(@PathVariable String acronym, Model model) {
        model.addAttribute("page", missions.detail(acronym));
        return "mission/show";
    }

    private static List<ExportColumn<Mission>> columns(MissionQueries.MissionExport rows) {
        return List.of(
                ExportColumn.of("acronym", Mission::getAcronym),
                ExportColumn.of("name", Mission::getName),
                ExportColumn.of("kind", Mission::getKind),
                ExportColumn.of("host_country", Mission::getHostCountry),
                ExportColumn.of("region_code", m -> m.getRegion() == null ? null : m.getRegion().getCode()),
                ExportColumn.of("region", m -> m.getRegion() == null ? null : m.getRegion().getName()),
                ExportColumn.of("start", m -> m.getStart() == null ? null : m.getStart().toIsoString()),
                ExportColumn.of("end", m -> m.getEnd() == null ? null : m.getEnd().toIsoString()),
                ExportColumn.of("description", Mission::getDescription),
                ExportColumn.of("sources", m -> rows.sources().get(m.getId())));
    }
}
