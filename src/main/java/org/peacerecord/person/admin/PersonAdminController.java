package org.peacerecord.person.admin;

import org.peacerecord.admin.RecordEditingService;
import org.peacerecord.admin.RecordEditorController;
import org.peacerecord.person.Person;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** /admin/people: list, create, edit, delete and history of people (routes in {@link RecordEditorController}). */
@Controller
@RequestMapping("/admin/people")
class PersonAdminController extends RecordEditorController<Person, PersonForm> {

    PersonAdminController(PersonEditor editor, RecordEditingService editing) {
        super(editor, editing);
    }
}
