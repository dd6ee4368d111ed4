package org.peacerecord.source;

import jakarta.servlet.http.HttpServletResponse;
import org.peacerecord.export.ExportColumn;
import org.peacerecord.export.ExportWriter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** The statement itself: every passage anchored {@code #p{n}}, with the records citing it. */
@Controller
class StatementController {

    private final StatementService statement;
    private final ExportWriter export;

    StatementController(StatementService statement, ExportWriter export) {
        this.statement = statement;
        this.export = export;
    }

    @GetMapping("/statement")
    String show(Model model) {
        model.addAttribute("statement", statement.load());
        return "source/statement";
    }

    @GetMapping("/statement.csv")
    void csv(HttpServletResponse response) throws IOException {
        StatementPage page = statement.load();
        export.csv(response, "statement", columns(page), page.passages());
    }

    @GetMapping("/statement.json")
    void json(HttpServletResponse response) throws IOException {
        StatementPage page = statement.load();
        export.json(response, "statement", columns(page), page.passages());
    }

    private static List<ExportColumn<Passage>> columns(StatementPage page) {
        return List.of(
                ExportColumn.of("number", Passage::getNumber),
                ExportColumn.of("section", Passage::getSection),
                ExportColumn.of("kind", Passage::getKind),
                ExportColumn.of("text", Passage::getPlainText),
                ExportColumn.of("cited_by_count", p -> page.citing(p).size()),
                ExportColumn.of("cited_by", p -> page.citing(p).stream()
                        .map(c -> c.link().href()).collect(Collectors.joining(" | "))),
                ExportColumn.of("source", p -> "statement#" + p.getAnchor()));
    }
}
