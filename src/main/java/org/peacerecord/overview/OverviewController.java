package org.peacerecord.overview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OverviewController {

    private final OverviewService overview;

    OverviewController(OverviewService overview) {
        this.overview = overview;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("overview", overview.load());
        return "overview/index";
    }
}
