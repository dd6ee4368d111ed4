package org.peacerecord.training.admin;

import org.peacerecord.admin.RecordAdminController;
import org.peacerecord.admin.RecordAdminServices;
import org.peacerecord.training.Training;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** /admin/trainings: list, create, edit, delete and history of trainings (routes in {@link RecordAdminController}). */
@Controller
@RequestMapping("/admin/trainings")
class TrainingAdminController extends RecordAdminController<Training, TrainingForm> {

    TrainingAdminController(TrainingAdmin admin, RecordAdminServices services) {
        super(admin, services);
    }
}
