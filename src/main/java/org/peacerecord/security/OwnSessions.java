package org.peacerecord.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.peacerecord.shared.Digests;
import org.peacerecord.web.FlashMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * "Your sessions": every browser signed in to one's account, on any instance (from the session store), with when it
 * signed in, when it was last used and from where; sign out any of them, or all but this one. Sessions are named on
 * the page by a hash of their id, never by the id itself (it is the cookie's secret).
 */
@Controller
@RequestMapping("/account/sessions")
class OwnSessions {

    private static final Logger AUDIT = LoggerFactory.getLogger(SecurityAudit.LOGGER);
    static final String ADDRESS = OwnSessions.class.getName() + ".address";
    static final String AGENT = OwnSessions.class.getName() + ".agent";
    private static final int AGENT_LENGTH = 160;

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final java.time.Duration idleTimeout;
    private final java.time.Duration lifetime;

    OwnSessions(FindByIndexNameSessionRepository<? extends Session> sessions,
                @org.springframework.beans.factory.annotation.Value("${server.servlet.session.timeout:30m}") java.time.Duration idleTimeout,
                @org.springframework.beans.factory.annotation.Value("${peace-record.security.session-lifetime:12h}") java.time.Duration lifetime) {
        this.sessions = sessions;
        this.idleTimeout = idleTimeout;
        this.lifetime = lifetime;
    }

    /** At a complete sign-in: where the session comes from, for its owner's list. */
    static void describe(HttpServletRequest request) {
        HttpSession session = request.getSession();
        session.setAttribute(ADDRESS, request.getRemoteAddr());
        String agent = request.getHeader("User-Agent");
        session.setAttribute(AGENT, agent == null ? "" : SecurityAudit.clean(agent.length() > AGENT_LENGTH
                ? agent.substring(0, AGENT_LENGTH) : agent));
    }

    /** One row of the list. */
    record OwnSession(String reference, java.time.OffsetDateTime signedInAt, java.time.OffsetDateTime lastUsedAt,
                      String address, String agent, boolean current) {
    }

    @GetMapping
    String list(Authentication authentication, HttpSession current, Model model) {
        List<OwnSession> rows = mine(authentication).values().stream()
                .map(session -> new OwnSession(reference(session.getId()), utc(session.getCreationTime()),
                        utc(session.getLastAccessedTime()), session.getAttribute(ADDRESS), session.getAttribute(AGENT),
                        session.getId().equals(current.getId())))
                .sorted(Comparator.comparing(OwnSession::current).reversed()
                        .thenComparing(OwnSession::lastUsedAt, Comparator.reverseOrder()))
                .toList();
        model.addAttribute("sessions", rows);
        model.addAttribute("idleMinutes", idleTimeout.toMinutes());
        model.addAttribute("lifetimeHours", lifetime.toHours());
        return "security/sessions";
    }

    @PostMapping("/{reference}/end")
    String end(@PathVariable String reference, Authentication authentication, HttpSession current,
               RedirectAttributes redirect) {
        mine(authentication).values().stream()
                .filter(session -> reference(session.getId()).equals(reference) && !session.getId().equals(current.getId()))
                .findFirst()
                .ifPresent(session -> {
                    sessions.deleteById(session.getId());
                    AUDIT.info("event=session_ended_by_owner username={}", authentication.getName());
                });
        FlashMessage.success("sessions.flash.ended").flash(redirect);
        return "redirect:/account/sessions";
    }

    @PostMapping("/end-others")
    String endOthers(Authentication authentication, HttpSession current, RedirectAttributes redirect) {
        mine(authentication).keySet().stream().filter(id -> !id.equals(current.getId())).forEach(sessions::deleteById);
        AUDIT.info("event=other_sessions_ended_by_owner username={}", authentication.getName());
        FlashMessage.success("sessions.flash.endedOthers").flash(redirect);
        return "redirect:/account/sessions";
    }

    private Map<String, ? extends Session> mine(Authentication authentication) {
        return sessions.findByPrincipalName(authentication.getName());
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String reference(String sessionId) {
        return Digests.sha256Hex(sessionId).substring(0, 24);
    }
}
