package org.peacerecord.person.admin;

import org.peacerecord.admin.RecordAdminController;
import org.peacerecord.admin.RecordAdminServices;
import org.peacerecord.person.Person;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** /admin/people: list, create, edit, delete and history of people (routes in {@link RecordAdminController}). */
@Controller
@RequestMapping("/admin/people")
class PersonAdminController extends RecordAdminController<Person, PersonForm> {

    PersonAdminController(PersonAdmin admin, RecordAdminServices services) {
        super(admin, services);
    }
}
