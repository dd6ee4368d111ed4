package org.peacerecord.initiative.admin;

import org.peacerecord.admin.RecordEditingService;
import org.peacerecord.admin.RecordEditorController;
import org.peacerecord.initiative.Initiative;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** /admin/initiatives: list, create, edit, delete and history of initiatives (routes in {@link RecordEditorController}). */
@Controller
@RequestMapping("/admin/initiatives")
class InitiativeAdminController extends RecordEditorController<Initiative, InitiativeForm> {

    InitiativeAdminController(InitiativeEditor editor, RecordEditingService editing) {
        super(editor, editing);
    }
}
