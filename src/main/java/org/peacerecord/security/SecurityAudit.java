package org.peacerecord.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.peacerecord.user.AccountAudit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Security events on their own logger, {@value #LOGGER}: sign-in success and failure, lockout,
 * access denied (403, including a missing or wrong CSRF token) and sign-out, each with the time,
 * the username and the client address (request.getRemoteAddr(), which honours X-Forwarded-For
 * when server.forward-headers-strategy=native and the proxy is trusted). Never a password or a
 * session id. Typed usernames are cut to 100 characters and stripped of control characters, so a
 * crafted username cannot forge log lines.
 */
@Component
class SecurityAudit implements AccessDeniedHandler, LogoutHandler {

    static final String LOGGER = "security.audit";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final int MAX_USERNAME = 100;

    private final Clock clock;
    private final JdbcClient jdbc;
    private final Duration addressRetention;
    private final Duration retention;
    private final AccessDeniedHandler errorPage = new AccessDeniedHandlerImpl();

    SecurityAudit(Clock clock, JdbcClient jdbc,
                  @Value("${peace-record.security.audit.address-retention:90d}") Duration addressRetention,
                  @Value("${peace-record.security.audit.retention:365d}") Duration retention) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.addressRetention = addressRetention;
        this.retention = retention;
    }

    /**
     * Keeps an event in security_event (the audit log of record, which admins read at /admin/security-events). A
     * failure to store it — the database is down — is logged and does not stop what was being done.
     */
    void keep(String event, String username, String address, String detail) {
        try {
            jdbc.sql("INSERT INTO security_event (occurred_at, event, username, address, detail)"
                            + " VALUES (:at, :event, :username, :address, :detail)")
                    .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                    .param("event", event)
                    .param("username", username == null ? null : clean(username))
                    .param("address", address == null || "-".equals(address) ? null : cut(address, 64))
                    .param("detail", detail == null ? null : cut(clean(detail), 200))
                    .update();
        } catch (DataAccessException e) {
            LOG.warn("event=audit_not_stored event_lost={} reason={}", event, e.getClass().getSimpleName());
        }
    }

    /** Addresses are personal data: removed from the audit log after their retention, the events after theirs. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    void forgetOldAddresses() {
        Instant now = clock.instant();
        jdbc.sql("UPDATE security_event SET address = NULL WHERE address IS NOT NULL AND occurred_at < :cutoff")
                .param("cutoff", now.minus(addressRetention).atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("DELETE FROM security_event WHERE occurred_at < :cutoff")
                .param("cutoff", now.minus(retention).atOffset(ZoneOffset.UTC)).update();
    }

    private static String cut(String value, int length) {
        return value.length() > length ? value.substring(0, length) : value;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        LOG.info("event=sign_in_success time={} username=\"{}\" address={}", clock.instant(),
                clean(authentication.getName()), address(authentication));
        keep("sign_in_password", authentication.getName(), address(authentication), null);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        LOG.warn("event=sign_in_failure time={} username=\"{}\" address={} reason={}", clock.instant(),
                clean(authentication.getName()), address(authentication), reason(event.getException()));
        keep("sign_in_failure", authentication.getName(), address(authentication), reason(event.getException()));
    }

    /** What happened to an account (user feature): logged and kept, with the address of the request, if any. */
    @EventListener
    void on(AccountAudit event) {
        String address = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr() : null;
        LOG.info("event={} time={} actor=\"{}\" username=\"{}\" address={}{}", event.event(), clock.instant(),
                clean(event.actor()), clean(event.username()), address == null ? "-" : address,
                event.detail() == null ? "" : " " + clean(event.detail()));
        keep(event.event(), event.username(), address,
                event.actor() == null || event.actor().equals(event.username()) ? event.detail()
                        : "by " + event.actor() + (event.detail() == null ? "" : " " + event.detail()));
    }

    /** A budget was used up: scope says whose (the username's, a trusted device's or the client address's). */
    void lockout(Authentication attempt, String scope) {
        LOG.warn("event=lockout time={} username=\"{}\" address={} scope={}", clock.instant(),
                clean(attempt.getName()), address(attempt), scope);
        keep("lockout", attempt.getName(), address(attempt), scope);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       org.springframework.security.access.AccessDeniedException denied) throws IOException, ServletException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        java.util.Optional<String> step = SignInStages.stepUrl(current);
        if (step.isPresent() && !(denied instanceof CsrfException)) {
            // Half-way through a sign-in: nothing is open but the next step, so that is where the browser goes.
            response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + step.get()));
            return;
        }
        String username = current == null || current instanceof AnonymousAuthenticationToken ? "-" : current.getName();
        LOG.warn("event=access_denied time={} username=\"{}\" address={} method={} path=\"{}\" reason={}", clock.instant(),
                clean(username), request.getRemoteAddr(), request.getMethod(), clean(request.getRequestURI()),
                denied instanceof CsrfException ? "csrf" : "forbidden");
        keep("access_denied", "-".equals(username) ? null : username, request.getRemoteAddr(),
                request.getMethod() + " " + request.getRequestURI() + (denied instanceof CsrfException ? " csrf" : ""));
        errorPage.handle(request, response, denied);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            LOG.info("event=sign_out time={} username=\"{}\" address={}", clock.instant(),
                    clean(authentication.getName()), request.getRemoteAddr());
            keep("sign_out", authentication.getName(), request.getRemoteAddr(), null);
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "-";
    }

    private static String reason(AuthenticationException exception) {
        if (exception instanceof SignInRefusedException refused) {
            return switch (refused.reason()) {
                case LOCKED -> "locked";
                case ADDRESS_LOCKED -> "address_locked";
                case BUSY -> "busy";
            };
        }
        if (exception instanceof LockedException) {
            return "locked";
        }
        if (exception instanceof DisabledException) {
            return "disabled";
        }
        if (exception instanceof BadCredentialsException) {
            return "bad_credentials";
        }
        return exception.getClass().getSimpleName();
    }

    static String clean(String value) {
        if (value == null) {
            return "";
        }
        String cut = value.length() > MAX_USERNAME ? value.substring(0, MAX_USERNAME) + "…" : value;
        StringBuilder out = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> out.appendCodePoint(
                Character.isISOControl(c) || c == '"' || c == '\\' || Character.getType(c) == Character.LINE_SEPARATOR
                        || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? '?' : c));
        return out.toString();
    }
}
