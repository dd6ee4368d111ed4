package org.peacerecord.figure.admin;

import org.peacerecord.admin.RecordEditingService;
import org.peacerecord.admin.RecordEditorController;
import org.peacerecord.figure.KeyFigure;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** /admin/figures: list, create, edit, delete and history of key figures (routes in {@link RecordEditorController}). */
@Controller
@RequestMapping("/admin/figures")
class KeyFigureAdminController extends RecordEditorController<KeyFigure, KeyFigureForm> {

    KeyFigureAdminController(KeyFigureEditor editor, RecordEditingService editing) {
        super(editor, editing);
    }
}
