package org.peacerecord.contribution.admin;

import org.peacerecord.admin.RecordAdminController;
import org.peacerecord.admin.RecordAdminServices;
import org.peacerecord.contribution.Contribution;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** /admin/contributions: list, create, edit, delete and history of contributions (routes in {@link RecordAdminController}). */
@Controller
@RequestMapping("/admin/contributions")
class ContributionAdminController extends RecordAdminController<Contribution, ContributionForm> {

    ContributionAdminController(ContributionAdmin admin, RecordAdminServices services) {
        super(admin, services);
    }
}
