package org.peacerecord.contribution;

import jakarta.servlet.http.HttpServletResponse;
import org.peacerecord.export.ExportColumn;
import org.peacerecord.export.ExportWriter;
import org.peacerecord.web.ListPages;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The public contribution pages. The list's filters are a GET form; with htmx (HX-Request) the same
 * handler answers with the results fragment only, so the page works with and without JavaScript.
 */
@Controller
class ContributionController {

    private final ContributionQueries contributions;
    private final ExportWriter export;

    ContributionController(ContributionQueries contributions, ExportWriter export) {
        this.contributions = contributions;
        this.export = export;
    }

    @GetMapping("/contributions")
    String list(@ModelAttribute("filter") ContributionFilter filter,
                @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
                @RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean historyRestore,
                HttpServletResponse response, Model model) {
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        model.addAttribute("contributions", contributions.page(filter, ListPages.of(filter.page())));
        if (htmx && !historyRestore) {
            return "contribution/list :: results";
        }
        model.addAttribute("options", contributions.filterOptions());
        model.addAttribute("kinds", ContributionKind.values());
        return "contribution/list";
    }

    @GetMapping("/contributions.csv")
    void csv(@ModelAttribute("filter") ContributionFilter filter, HttpServletResponse response) throws IOException {
        ContributionQueries.ContributionExport rows = contributions.export(filter);
        export.csv(response, "contributions", columns(rows), rows.contributions());
    }

    @GetMapping("/contributions.json")
    void json(@ModelAttribute("filter") ContributionFilter filter, HttpServletResponse response) throws IOException {
        ContributionQueries.ContributionExport rows = contributions.export(filter);
        export.json(response, "contributions", columns(rows), rows.contributions());
    }

    /** Ids are numbers of at most 18 digits; anything else matches no page (404). */
    @GetMapping("/contributions/{id:\\d{1,18}}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", contributions.detail(id));
        return "contribution/show";
    }

    private static List<ExportColumn<Contribution>> columns(ContributionQueries.ContributionExport rows) {
        return List.of(
                ExportColumn.of("id", Contribution::getId),
                ExportColumn.of("kind", Contribution::getKind),
                ExportColumn.of("title", Contribution::getTitle),
                ExportColumn.of("description", Contribution::getDescription),
                ExportColumn.of("start", c -> c.getStart() == null ? null : c.getStart().toIsoString()),
                ExportColumn.of("end", c -> c.getEnd() == null ? null : c.getEnd().toIsoString()),
                ExportColumn.of("amount", c -> c.getAmount() == null ? null : c.getAmount().getAmount()),
                ExportColumn.of("amount_currency", c -> c.getAmount() == null ? null : c.getAmount().getCurrency()),
                ExportColumn.of("amount_qualifier", c -> c.getAmount() == null ? null : c.getAmount().getQualifier()),
                ExportColumn.of("headcount", c -> c.getHeadcount() == null ? null : c.getHeadcount().getValue()),
                ExportColumn.of("headcount_qualifier", c -> c.getHeadcount() == null ? null : c.getHeadcount().getQualifier()),
                ExportColumn.of("mission", c -> c.getMission() == null ? null : c.getMission().getAcronym()),
                ExportColumn.of("region_code", c -> c.getRegion() == null ? null : c.getRegion().getCode()),
                ExportColumn.of("themes", c -> rows.themes().get(c.getId())),
                ExportColumn.of("sources", c -> rows.sources().get(c.getId())),
                ExportColumn.of("updated_at", c -> c.getUpdatedAt() == null ? null
                        : c.getUpdatedAt().atOffset(ZoneOffset.UTC).toString()));
    }
}
