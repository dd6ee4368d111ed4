package org.peacerecord.theme;

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

/** The public A4P theme pages: the eight thematic areas with their counts, one theme with what links to it, downloads. */
@Controller
class ThemeController {

    private final ThemeService themes;
    private final ExportWriter export;

    ThemeController(ThemeService themes, ExportWriter export) {
        this.themes = themes;
        this.export = export;
    }

    @GetMapping("/themes")
    String list(@Valid ThemeFilter filter, Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("results", themes.browse(filter));
        return Htmx.pageOrFragment(request, response, "theme/list", "results", filter.toUrl("/themes"));
    }

    @GetMapping("/themes/{code}")
    String show(@PathVariable String code, Model model) {
        model.addAttribute("page", themes.detail(code));
        return "theme/show";
    }

    @GetMapping("/themes.{format:" + ExportWriter.FORMATS + "}")
    void download(@PathVariable String format, @Valid ThemeFilter filter, HttpServletResponse response)
            throws IOException {
        export.write(response, format, themes.exportTable(), rows -> themes.export(filter).forEach(rows));
    }
}
