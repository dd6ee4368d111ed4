package org.peacerecord.source;

import jakarta.servlet.http.HttpServletResponse;
import org.peacerecord.export.ExportWriter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;

/** The statement itself: every passage anchored {@code #p{n}}, with the records citing it; and its downloads. */
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

    @GetMapping("/statement.{format:" + ExportWriter.FORMATS + "}")
    void download(@PathVariable String format, HttpServletResponse response) throws IOException {
        StatementPage page = statement.load();
        export.write(response, format, StatementExport.TABLE, rows -> page.passages()
                .forEach(p -> rows.accept(new StatementExport.Row(p, page.citing(p), page.citingTotal(p)))));
    }

    /** All the records citing one passage, a page at a time. */
    @GetMapping("/statement/passages/{number:\\d{1,4}}")
    String citing(@PathVariable int number, @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("citing", statement.citing(number, page));
        return "source/passage";
    }
}
