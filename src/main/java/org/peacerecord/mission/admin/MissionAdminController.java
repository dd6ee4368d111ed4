package org.peacerecord.mission.admin;

import org.peacerecord.admin.RecordAdminController;
import org.peacerecord.admin.RecordAdminServices;
import org.peacerecord.mission.Mission;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** /admin/missions: list, create, edit, delete and history of missions (routes in {@link RecordAdminController}). */
@Controller
@RequestMapping("/admin/missions")
class MissionAdminController extends RecordAdminController<Mission, MissionForm> {

    MissionAdminController(MissionAdmin admin, RecordAdminServices services) {
        super(admin, services);
    }
}
