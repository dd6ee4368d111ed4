package org.peacerecord.training.admin;

import org.peacerecord.admin.RecordEditingService;
import org.peacerecord.admin.RecordEditorController;
import org.peacerecord.training.Training;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** /admin/trainings: list, create, edit, delete and history of trainings (routes in {@link RecordEditorController}). */
@Controller
@RequestMapping("/admin/trainings")
class TrainingAdminController extends RecordEditorController<Training, TrainingForm> {

    TrainingAdminController(TrainingEditor editor, RecordEditingService editing) {
        super(editor, editing);
    }
}
