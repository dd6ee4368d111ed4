package org.peacerecord.theme.admin;

import org.peacerecord.admin.RecordEditingService;
import org.peacerecord.admin.RecordEditorController;
import org.peacerecord.theme.A4pTheme;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** /admin/themes: list, create, edit, delete and history of the A4P themes (routes in {@link RecordEditorController}). */
@Controller
@RequestMapping("/admin/themes")
class A4pThemeAdminController extends RecordEditorController<A4pTheme, ThemeForm> {

    A4pThemeAdminController(ThemeEditor editor, RecordEditingService editing) {
        super(editor, editing);
    }
}
