package org.peacerecord.contribution.admin;

import org.peacerecord.admin.RecordEditingService;
import org.peacerecord.admin.RecordEditorController;
import org.peacerecord.contribution.Contribution;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** /admin/contributions: list, create, edit, delete and history of contributions (routes in {@link RecordEditorController}). */
@Controller
@RequestMapping("/admin/contributions")
class ContributionAdminController extends RecordEditorController<Contribution, ContributionForm> {

    ContributionAdminController(ContributionEditor editor, RecordEditingService editing) {
        super(editor, editing);
    }
}
