package org.peacerecord.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * A per-client rate for the requests that cost the most to answer afresh — the search, and the read API under
 * {@code /api/} — so that one client cannot take the server from everyone else: each client address has a bucket of
 * {@code peace-record.rate-limit.per-minute} requests (120 by default) that refills continuously; beyond it the answer
 * is 429 with {@code Retry-After} (the error page in the reader's language). Kept per instance, in memory (a few
 * thousand addresses at most are remembered, each for ten minutes). Pages served from the response cache do not get
 * here and do not count.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class RateLimits extends OncePerRequestFilter {

    private static final List<String> LIMITED = List.of("/search", "/api/");

    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterAccess(Duration.ofMinutes(10)).build();

    public RateLimits(@Value("${peace-record.rate-limit.per-minute:120}") int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("peace-record.rate-limit.per-minute must be at least 1");
        }
        this.perMinute = perMinute;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String p = LocalePaths.unprefixed(CurrentUrl.pathOf(request));
        return LIMITED.stream().noneMatch(limited -> p.equals(limited) || p.startsWith(limited.endsWith("/")
                ? limited : limited + "."));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long wait = buckets.get(request.getRemoteAddr(), address -> new Bucket(perMinute)).take(System.nanoTime());
        if (wait > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, (wait + 999_999_999) / 1_000_000_000)));
            if (isApi(request)) {
                // the read API answers every error as RFC 9457 problem details, this one too
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                        + "\"detail\":\"Too many requests from this address: wait as Retry-After says.\"}");
                return;
            }
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isApi(HttpServletRequest request) {
        return CurrentUrl.pathOf(request).startsWith("/api/");
    }

    /** A token bucket: {@code capacity} tokens, refilled at capacity per minute. */
    static final class Bucket {

        private final double capacity;
        private final double perNano;
        private double tokens;
        private long last;

        Bucket(int perMinute) {
            this.capacity = perMinute;
            this.perNano = perMinute / 60e9;
            this.tokens = perMinute;
            this.last = System.nanoTime();
        }

        /** Takes a token: 0 when there was one, else the nanoseconds until there will be. */
        synchronized long take(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano);
        }
    }
}
