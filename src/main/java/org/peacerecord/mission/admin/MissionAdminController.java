package org.peacerecord.mission.admin;

import org.peacerecord.admin.RecordEditingService;
import org.peacerecord.admin.RecordEditorController;
import org.peacerecord.mission.Mission;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** /admin/missions: list, create, edit, delete and history of missions (routes in {@link RecordEditorController}). */
@Controller
@RequestMapping("/admin/missions")
class MissionAdminController extends RecordEditorController<Mission, MissionForm> {

    MissionAdminController(MissionEditor editor, RecordEditingService editing) {
        super(editor, editing);
    }
}
