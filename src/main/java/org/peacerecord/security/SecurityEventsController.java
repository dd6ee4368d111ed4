package org.peacerecord.security;

import org.peacerecord.user.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.OffsetDateTime;
import java.util.List;

/** Admins read the security audit log: the latest events, or one username's. */
@Controller
@RequestMapping("/admin/security-events")
@PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
class SecurityEventsController {

    static final int SHOWN = 200;

    private final JdbcClient jdbc;
    private final long addressRetentionDays;

    SecurityEventsController(JdbcClient jdbc,
                             @org.springframework.beans.factory.annotation.Value("${peace-record.security.audit.address-retention:90d}")
                             java.time.Duration addressRetention) {
        this.jdbc = jdbc;
        this.addressRetentionDays = addressRetention.toDays();
    }

    record Event(OffsetDateTime occurredAt, String event, String username, String address, String detail) {
    }

    @GetMapping
    @Transactional(readOnly = true)
    String list(@RequestParam(required = false) String username, Model model) {
        String who = username == null || username.isBlank() ? null : SecurityAudit.clean(username.strip().toLowerCase());
        List<Event> events = jdbc.sql("SELECT occurred_at, event, username, address, detail FROM security_event"
                        + (who == null ? "" : " WHERE username = :u") + " ORDER BY occurred_at DESC, id DESC LIMIT " + SHOWN)
                .params(who == null ? java.util.Map.of() : java.util.Map.of("u", who))
                .query((rs, row) -> new Event(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .list();
        model.addAttribute("events", events);
        model.addAttribute("username", who);
        model.addAttribute("shown", SHOWN);
        model.addAttribute("addressDays", addressRetentionDays);
        return "security/events";
    }
}
