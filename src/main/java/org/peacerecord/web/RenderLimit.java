package org.peacerecord.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Bounds the requests the application works on at once ({@code peace-record.render.concurrency}, three per core by
 * default); the others wait their turn, first come first served, up to {@code peace-record.render.wait} (30 s), then
 * get the 503 page with {@code Retry-After}. Rendering is CPU work: with Tomcat's 200 threads, 32 readers at once on
 * two cores meant 32 renders sharing them, each taking 16 times longer, so their objects outlived the young
 * collections, filled the old generation and brought full collections every few seconds (and a larger heap). A few
 * at a time finish as fast as they can, and their garbage dies young (docs/benchmarks.md, "Renders a few at a
 * time").
 * <p>
 * Answers from the response cache and 304s ({@link PageCache}, before this filter) do not wait; a cacheable page is
 * rendered into {@link PageCache}'s buffer, so its turn ends before its bytes go to the reader. Static files and
 * health checks are not limited, nor downloads, which have their own turn (export.ExportWriter) and may take long to
 * send, nor the sign-in, whose password checks have theirs (security.ThrottledAuthenticationProvider): a burst of
 * sign-in attempts must not hold the turns of the pages.
 */
@Component
@Order(RenderLimit.ORDER)
public class RenderLimit extends OncePerRequestFilter {

    /** After the response cache, the language prefix, the database check and the search's rate limit. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 21;
    static final int PER_CORE = 3;
    /** Static files, health checks, the snapshot download and the sign-in (its password checks have their own bound). */
    private static final List<String> UNLIMITED_PREFIXES = Stream.concat(StaticResourceConfig.PREFIXES.stream(),
            Stream.of("/actuator", "/data/", "/login")).toList();
    private static final List<String> UNLIMITED_SUFFIXES = List.of(".csv", ".json");

    private final int permits;
    private final Semaphore turns;
    private final long waitNanos;
    private final ServiceUnavailable unavailable;

    RenderLimit(@Value("${peace-record.render.concurrency:0}") int concurrency,
                @Value("${peace-record.render.wait:30s}") Duration wait, ServiceUnavailable unavailable) {
        if (concurrency < 0) {
            throw new IllegalArgumentException("peace-record.render.concurrency must be 0 (three per core) or more");
        }
        this.permits = concurrency == 0 ? PER_CORE * Runtime.getRuntime().availableProcessors() : concurrency;
        this.turns = new Semaphore(permits, true);
        this.waitNanos = wait.toNanos();
        this.unavailable = unavailable;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = CurrentUrl.pathOf(request);
        return UNLIMITED_PREFIXES.stream().anyMatch(path::startsWith)
                || UNLIMITED_SUFFIXES.stream().anyMatch(path::endsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean turn;
        try {
            turn = turns.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            unavailable.busy(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }

    /** How many requests are worked on at once. */
    int turns() {
        return permits;
    }

    /** Requests waiting for their turn just now. */
    int waiting() {
        return turns.getQueueLength();
    }
}
