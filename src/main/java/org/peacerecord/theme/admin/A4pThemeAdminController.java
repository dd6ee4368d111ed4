package org.peacerecord.theme.admin;

import org.peacerecord.admin.RecordAdminController;
import org.peacerecord.admin.RecordAdminServices;
import org.peacerecord.theme.A4pTheme;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** /admin/themes: list, create, edit, delete and history of the A4P themes (routes in {@link RecordAdminController}). */
@Controller
@RequestMapping("/admin/themes")
class A4pThemeAdminController extends RecordAdminController<A4pTheme, ThemeForm> {

    A4pThemeAdminController(A4pThemeAdmin admin, RecordAdminServices services) {
        super(admin, services);
    }
}
