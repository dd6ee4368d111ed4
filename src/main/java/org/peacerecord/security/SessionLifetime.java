package org.peacerecord.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * The absolute lifetime of a session ({@code peace-record.security.session-lifetime}, 12 hours by default), beside the
 * idle timeout (server.servlet.session.timeout): however busy, a signed-in session ends that long after it began, and
 * the editor signs in again (sent to /login?expired). Runs after the session store and before the security filters.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class SessionLifetime extends OncePerRequestFilter {

    private static final Logger AUDIT = LoggerFactory.getLogger(SecurityAudit.LOGGER);

    private final Duration lifetime;
    private final Clock clock;

    SessionLifetime(@Value("${peace-record.security.session-lifetime:12h}") Duration lifetime,
                    ObjectProvider<Clock> clock) {
        this.lifetime = lifetime;
        // A servlet filter is in every web slice, where the security configuration (and its clock) may not be.
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && clock.millis() - session.getCreationTime() > lifetime.toMillis()) {
            boolean signedIn = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
            session.invalidate();
            if (signedIn) {
                AUDIT.info("event=session_lifetime_ended address={}", request.getRemoteAddr());
                response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + "/login?expired"));
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
