package org.peacerecord.milestone.admin;

import org.peacerecord.admin.RecordEditingService;
import org.peacerecord.admin.RecordEditorController;
import org.peacerecord.milestone.Milestone;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** /admin/milestones: list, create, edit, delete and history of milestones (routes in {@link RecordEditorController}). */
@Controller
@RequestMapping("/admin/milestones")
class MilestoneAdminController extends RecordEditorController<Milestone, MilestoneForm> {

    MilestoneAdminController(MilestoneEditor editor, RecordEditingService editing) {
        super(editor, editing);
    }
}
