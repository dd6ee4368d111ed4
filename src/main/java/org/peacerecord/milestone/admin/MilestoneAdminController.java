package org.peacerecord.milestone.admin;

import org.peacerecord.admin.RecordAdminController;
import org.peacerecord.admin.RecordAdminServices;
import org.peacerecord.milestone.Milestone;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** /admin/milestones: list, create, edit, delete and history of milestones (routes in {@link RecordAdminController}). */
@Controller
@RequestMapping("/admin/milestones")
class MilestoneAdminController extends RecordAdminController<Milestone, MilestoneForm> {

    MilestoneAdminController(MilestoneAdmin admin, RecordAdminServices services) {
        super(admin, services);
    }
}
