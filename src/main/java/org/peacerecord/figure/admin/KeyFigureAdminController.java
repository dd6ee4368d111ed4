package org.peacerecord.figure.admin;

import org.peacerecord.admin.RecordAdminController;
import org.peacerecord.admin.RecordAdminServices;
import org.peacerecord.figure.KeyFigure;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** /admin/figures: list, create, edit, delete and history of key figures (routes in {@link RecordAdminController}). */
@Controller
@RequestMapping("/admin/figures")
class KeyFigureAdminController extends RecordAdminController<KeyFigure, KeyFigureForm> {

    KeyFigureAdminController(KeyFigureAdmin admin, RecordAdminServices services) {
        super(admin, services);
    }
}
