package org.peacerecord.training;

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

/** The public trainings pages: the filtered list (full page, or its results for htmx), one training, downloads. */
@Controller
class TrainingController {

    private final TrainingService trainings;
    private final ExportWriter export;

    TrainingController(TrainingService trainings, ExportWriter export) {
        this.trainings = trainings;
        this.export = export;
    }

    @GetMapping("/trainings")
    String list(@Valid TrainingFilter filter, Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("results", trainings.browse(filter));
        return Htmx.pageOrFragment(request, response, "training/list", "results",
                filter.toUrl("/trainings"));
    }

    /** Digits only (at most 18, so any id fits a long): anything else is no training, hence 404. */
    @GetMapping("/trainings/{id:\\d{1,18}}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("detail", trainings.detail(id));
        return "training/show";
    }

    @GetMapping("/trainings.{format:" + ExportWriter.FORMATS + "}")
    void download(@PathVariable String format, @Valid TrainingFilter filter, HttpServletResponse response)
            throws IOException {
        export.write(response, format, TrainingExport.TABLE, rows -> trainings.export(filter, rows));
    }
}
