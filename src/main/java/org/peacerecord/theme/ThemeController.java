package org.peacerecord.theme;

import jakarta.servlet.http.HttpServletResponse;
import org.peacerecord.export.ExportColumn;
import org.peacerecord.export.ExportWriter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The public A4P theme pages: the eight thematic areas with their counts, and one theme with what links to it. */
@Controller
class ThemeController {

    private final ThemeQueries themes;
    private final ExportWriter export;

    ThemeController(ThemeQueries themes, ExportWriter export) {
        this.themes = themes;
        this.export = export;
    }

    @GetMapping("/themes")
    String list(Model model) {
        model.addAttribute("list", themes.list());
        return "theme/list";
    }

    @GetMapping("/themes.csv")
    void csv(HttpServletResponse response) throws IOException {
        ThemeQueries.ThemeExport rows = themes.export();
        export.csv(response, "themes", columns(rows), rows.list().themes());
    }

    @GetMapping("/themes.json")
    void json(HttpServletResponse response) throws IOException {
        ThemeQueries.ThemeExport rows = themes.export();
        export.json(response, "themes", columns(rows), rows.list().themes());
    }

    @GetMapping("/themes/{code}")
    String show(@PathVariable String code, Model model) {
        model.addAttribute("page", themes.detail(code));
        return "theme/show";
    }

    private static List<ExportColumn<A4pTheme>> columns(ThemeQueries.ThemeExport rows) {
        List<ExportColumn<A4pTheme>> columns = new ArrayList<>(List.of(
                ExportColumn.of("declaration_order", t -> rows.list().themes().indexOf(t) + 1),
                ExportColumn.of("code", A4pTheme::getCode),
                ExportColumn.of("name", A4pTheme::getName),
                ExportColumn.of("name_ja", A4pTheme::getNameJa),
                ExportColumn.of("description", A4pTheme::getDescription)));
        for (ThemeQueries.ThemeList.Count count : rows.list().counts()) {
            columns.add(ExportColumn.of(count.column(), count::of));
        }
        columns.add(ExportColumn.of("sources", t -> rows.sources().get(t.getId())));
        return columns;
    }
}
