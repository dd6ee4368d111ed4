package org.peacerecord.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

/**
 * When the database cannot be reached, the reader gets a 503 page in their language with {@code Retry-After}, never
 * a 500 and never a wait longer than the pool's connection timeout. It wraps everything that may need the database
 * (the session store, Spring Security, the controllers and the views), so whichever fails first, the answer is the
 * same; an editor's POST gets it as its direct answer (no redirect), so Back returns to the form with their input,
 * and the transaction was rolled back. Pages in the response cache ({@link PageCache}, outside this filter) are
 * still served. Nothing to do for recovery: the pool makes new connections once the database is back.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
public class ServiceUnavailable extends OncePerRequestFilter {

    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 15;
    private static final Logger LOG = LoggerFactory.getLogger(ServiceUnavailable.class);

    private final ITemplateEngine templates;
    private final Assets assets;

    ServiceUnavailable(ITemplateEngine templates, Assets assets) {
        this.templates = templates;
        this.assets = assets;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!isDatabaseUnreachable(e) || response.isCommitted()) {
                throw e;
            }
            answer(e, request, response);
        }
    }

    /** Whether the failure is the database (or the network to it) being unavailable, not a fault of the request. */
    public static boolean isDatabaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException
                    || cause instanceof SocketTimeoutException
                    || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            // A connection that broke inside a transaction: rolling back then fails too, and that failure is what
            // arrives here ("Unable to rollback against JDBC Connection"; HikariCP: "Connection is closed").
            if (cause.getClass().getName().equals("org.hibernate.TransactionException")
                    && cause.getCause() instanceof SQLException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same answer when the failure surfaces in a controller: Spring MVC would otherwise take some of these for a
     * reader who went away (an EOF from the database's socket looks like one) and answer an empty 200.
     */
    @ControllerAdvice
    static class InControllers {

        private final ServiceUnavailable page;

        InControllers(ServiceUnavailable page) {
            this.page = page;
        }

        @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
        void databaseFailure(Exception failure, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            if (!isDatabaseUnreachable(failure) || response.isCommitted()) {
                throw failure;
            }
            page.answer(failure, request, response);
        }
    }

    /** Logs the outage (one line, no stack trace) and writes the 503 page. */
    private void answer(Throwable failure, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        LOG.warn("503 for {} {}: the database is unreachable ({})", request.getMethod(), request.getRequestURI(),
                rootMessage(failure));
        write(request, response, "error.503.heading", "error.503.text");
    }

    /**
     * The 503 page for a request that waited too long for its turn ({@link RenderLimit}): the same page, saying the
     * record is busy rather than that its database is unreachable.
     */
    void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LOG.debug("503 for {} {}: no turn to render within the wait", request.getMethod(), request.getRequestURI());
        write(request, response, "error.busy.heading", "error.busy.text");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, String heading, String text)
            throws IOException {
        Locale locale = LocaleConfig.resolve(request);
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'self'; object-src 'none'; base-uri 'none'; "
                + "frame-ancestors 'none'; form-action 'self'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("text/html;charset=UTF-8");
        if (!"HEAD".equals(request.getMethod())) {
            Context context = new Context(locale);
            context.setVariable("stylesheets", new String[]{assets.url("/webjars/bootstrap/css/bootstrap.min.css"),
                    assets.url("/css/app.css")});
            context.setVariable("home", request.getContextPath() + LocalePaths.localize("/", locale));
            context.setVariable("heading", heading);
            context.setVariable("text", text);
            // An htmx request (a list's filters) gets the message alone, for the place the results would go.
            String html = Htmx.isPartialRequest(request)
                    ? templates.process("service-unavailable", Set.of("message"), context)
                    : templates.process("service-unavailable", context);
            response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
