package org.peacerecord.timeline;

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

/** The public timeline: the full page or, for htmx, its filters, chart and entries; and its downloads. */
@Controller
class TimelineController {

    private final TimelineService timeline;
    private final ExportWriter export;

    TimelineController(TimelineService timeline, ExportWriter export) {
        this.timeline = timeline;
        this.export = export;
    }

    @GetMapping("/timeline")
    String timeline(@Valid TimelineFilter filter, Model model, HttpServletRequest request,
                    HttpServletResponse response) {
        model.addAttribute("timeline", timeline.load(filter));
        return Htmx.pageOrFragment(request, response, "timeline/index", "results",
                filter.toUrl("/timeline"));
    }

    @GetMapping("/timeline.{format:" + ExportWriter.FORMATS + "}")
    void download(@PathVariable String format, @Valid TimelineFilter filter, HttpServletResponse response)
            throws IOException {
        export.write(response, format, TimelineExport.TABLE, rows -> timeline.export(filter).forEach(rows));
    }
}
