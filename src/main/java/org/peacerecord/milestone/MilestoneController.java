package org.peacerecord.milestone;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A milestone's public page, so that it can be linked, cited and shared like every other record. */
@Controller
class MilestoneController {

    private final MilestoneService milestones;

    MilestoneController(MilestoneService milestones) {
        this.milestones = milestones;
    }

    /** Ids are numbers of at most 18 digits; anything else matches no page (404). */
    @GetMapping("/milestones/{id:\\d{1,18}}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("milestone", milestones.detail(id));
        return "milestone/show";
    }
}
