package org.peacerecord.region.admin;

import org.peacerecord.admin.RecordAdminController;
import org.peacerecord.admin.RecordAdminServices;
import org.peacerecord.region.Region;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** /admin/regions: list, create, edit, delete and history of regions and sub-regions (routes in {@link RecordAdminController}). */
@Controller
@RequestMapping("/admin/regions")
class RegionAdminController extends RecordAdminController<Region, RegionForm> {

    RegionAdminController(RegionAdmin admin, RecordAdminServices services) {
        super(admin, services);
    }
}
