package org.peacerecord.region.admin;

import org.peacerecord.admin.RecordEditingService;
import org.peacerecord.admin.RecordEditorController;
import org.peacerecord.region.Region;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** /admin/regions: list, create, edit, delete and history of regions and sub-regions (routes in {@link RecordEditorController}). */
@Controller
@RequestMapping("/admin/regions")
class RegionAdminController extends RecordEditorController<Region, RegionForm> {

    RegionAdminController(RegionEditor editor, RecordEditingService editing) {
        super(editor, editing);
    }
}
