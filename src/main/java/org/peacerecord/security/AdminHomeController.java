package org.peacerecord.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The editors' landing page: links to every record's admin list, accounts (admins) and one's password. */
@Controller
class AdminHomeController {

    @GetMapping("/admin")
    String index() {
        return "admin/index";
    }
}
