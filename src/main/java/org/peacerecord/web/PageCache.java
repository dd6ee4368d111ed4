package org.peacerecord.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peacerecord.database.DataVersion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;

/**
 * HTTP caching of the public pages and downloads, for readers who are not signed in.
 * <ul>
 * <li>Every such response carries a strong {@code ETag} made from the data version ({@link DataVersion}), the build,
 * today's date, the full URL (which names the language: {@code /ja/…} or {@code ?lang=}, {@link LocalePaths}) and
 * whether htmx asked for a fragment,
 * with {@code Cache-Control: public, no-cache}: browsers and proxies may keep it and must revalidate.</li>
 * <li>{@code If-None-Match} is answered {@code 304} here, before any record is loaded or template rendered.</li>
 * <li>Rendered responses are kept (Caffeine, bounded by bytes, {@link PageCacheProperties}) gzipped only, in about a
 * sixth of the memory of the page as rendered; a reader that does not take gzip (rare: browsers, proxies and crawlers
 * all take it) is sent it unzipped on the way. Each variant has its own tag; a hit replays the stored headers and
 * bytes without Hibernate or Thymeleaf. The data version is part of the key, so a change on any instance is seen
 * here within the version's poll interval, and at once on the instance that made it.</li>
 * </ul>
 * Signed-in readers (any cookie but the old language cookie counts, so a session is never mistaken for none), other
 * methods, the editors' area and errors pass through untouched; a response that sets a cookie is never stored.
 * Runs before every other filter but the API's CORS headers ({@code api.ApiCors}), Spring Security included: the security headers of the first response are stored
 * and replayed with it.
 */
@Component
@Order(PageCache.ORDER)
@EnableConfigurationProperties(PageCacheProperties.class)
public class PageCache extends OncePerRequestFilter {

    /**
     * First of all filters but the API's CORS headers (which a hit and a 304 carry too), so that a hit or a 304 costs as little as possible: the address still has its language
     * prefix ({@link LocalePaths} comes next), which the key keeps.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

    /** Answers given from here, by {@code result}: {@code hit} or {@code not_modified}. */
    static final String ANSWERS_METER = "peace_record.page_cache.answers";

    static final String CACHE_CONTROL = "public, no-cache";
    static final List<String> VARY = List.of("Accept-Encoding", "HX-Request", "Cookie");
    /**
     * The largest body kept is an eighth of the cache's size (8 MB by default: a filtered download at 100 times the
     * data), so that one entry cannot push out most of the pages; larger bodies (whole downloads) go to the reader as
     * they are written ({@link CapturedResponse}), which also bounds what a rendering holds in memory.
     */
    static final int ENTRIES_PER_CACHE = 8;
    private static final int MIN_ENTRY_BYTES = 1024 * 1024;

    private static final List<String> PRIVATE_PATHS = Stream.concat(Stream.of("/admin", "/account", "/login",
            "/logout", "/actuator", "/error"), StaticResourceConfig.PREFIXES.stream()).toList();
    private static final Set<String> CACHEABLE_TYPES = Set.of("text/html", "text/csv", "application/json");
    /** Headers set here on every reply, or meaningless to replay. */
    private static final Set<String> NOT_REPLAYED = Set.of("content-length", "transfer-encoding", "date", "set-cookie",
            "etag", "cache-control", "pragma", "expires", "vary", "content-encoding", "connection", "keep-alive");

    private final ObjectProvider<DataVersion> dataVersion;
    /**
     * The data version, looked up once it exists (it is absent from web-layer test slices): looking it up in the bean
     * factory on every request was 15 % of a 304's CPU.
     */
    private volatile DataVersion resolvedVersion;
    private final ObjectProvider<MeterRegistry> meterRegistry;
    /** The answers given from here, counted (looked up once, like the data version). */
    private volatile Answers answers;
    private final Clock clock;
    private final String build;
    private final Cache<String, Entry> cache;
    /** Bodies up to this size are kept (and gzipped whole); larger ones are sent as they are written. */
    final int maxEntryBytes;
    /**
     * Renders in progress, by key: when a page is not in the cache (after a save, or at start-up) and a burst of
     * readers asks for it at once, one request renders it and the others wait for that rendering instead of each
     * doing the same work (at 100 times the data, 32 simultaneous renders of the timeline ran the heap out).
     */
    private final ConcurrentHashMap<String, CompletableFuture<Entry>> rendering = new ConcurrentHashMap<>();
    /**
     * The compression of a body kept in the cache: done once and sent many times, so zlib's default level (a
     * statement page: 17 KB, 1.3 ms).
     */
    static final int KEPT_LEVEL = Deflater.DEFAULT_COMPRESSION;
    /**
     * The compression of a body made for one reader (the cache switched off, a download larger than an entry): the
     * fastest level, as nginx's default, since each request pays for it (a statement page: 21 KB, 0.4 ms).
     */
    static final int SENT_ONCE_LEVEL = Deflater.BEST_SPEED;
    /** How long a reader waits for another request's rendering before rendering the page itself. */
    static final long WAIT_FOR_RENDERING_MILLIS = 10_000;

    PageCache(ObjectProvider<DataVersion> dataVersion, ObjectProvider<Clock> clock,
              ObjectProvider<BuildProperties> build, PageCacheProperties properties,
              ObjectProvider<MeterRegistry> meterRegistry) {
        this.dataVersion = dataVersion;
        this.meterRegistry = meterRegistry;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        BuildProperties info = build.getIfAvailable();
        this.build = info == null || info.getTime() == null ? "dev-" + System.currentTimeMillis()
                : info.getVersion() + "@" + info.getTime().toEpochMilli();
        this.maxEntryBytes = (int) Math.min(Integer.MAX_VALUE / 2,
                Math.max(MIN_ENTRY_BYTES, properties.getMaxSize().toBytes() / ENTRIES_PER_CACHE));
        this.cache = properties.isEnabled() ? Caffeine.newBuilder()
                .maximumWeight(properties.getMaxSize().toBytes())
                .weigher((String key, Entry entry) -> key.length() * 2 + entry.weight())
                .build() : null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DataVersion version = dataVersion();
        if (version == null || !isCacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(request, version.current());
        Entry hit = cache == null ? null : cache.getIfPresent(key);
        String tag = hit != null ? hit.tag() : tag(key);
        boolean gzip = acceptsGzip(request);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), tag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            cachingHeaders(response, variant(tag, gzip));
            answers().notModified().increment();
            return;
        }
        if (hit != null) {
            write(request, response, hit, tag, gzip);
            answers().hits().increment();
            return;
        }
        if ("HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> other = cache == null ? null : rendering.putIfAbsent(key, mine);
        if (other != null) {
            Entry shared = awaitOther(other);
            if (shared != null) {
                write(request, response, shared, tag, gzip);
                answers().hits().increment();
                return;
            }
            mine = null; // the other rendering cannot be shared (an error, a cookie): render as usual
        }
        Entry rendered = null;
        try {
            CapturedResponse capture = new CapturedResponse(response, maxEntryBytes,
                    () -> spill(request, response, tag, gzip));
            chain.doFilter(request, capture);
            if (capture.spilled()) {
                capture.finish();
                return;
            }
            if (!storable(request, response)) {
                capture.finish();
                return;
            }
            if (cache == null) {
                sendOnce(response, capture, tag, gzip);
                return;
            }
            // kept responses carry their gzip (the next reader may want it)
            rendered = entry(response, tag, capture.body());
            cache.put(key, rendered);
            write(request, response, rendered, tag, gzip);
        } finally {
            if (mine != null) {
                rendering.remove(key, mine);
                mine.complete(rendered);
            }
        }
    }

    /**
     * Where a response larger than an entry goes (a large download): to the reader as it is written, with its tag
     * and, when the reader takes it, gzipped on the way, if it could have been stored; otherwise unchanged.
     */
    private static OutputStream spill(HttpServletRequest request, HttpServletResponse response, String tag,
                                      boolean gzip) throws IOException {
        if (!storable(request, response)) {
            return response.getOutputStream();
        }
        cachingHeaders(response, variant(tag, gzip));
        if (!gzip) {
            return response.getOutputStream();
        }
        response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        return Gzip.stream(response.getOutputStream(), SENT_ONCE_LEVEL);
    }

    private static Entry awaitOther(CompletableFuture<Entry> other) {
        try {
            return other.get(WAIT_FOR_RENDERING_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private DataVersion dataVersion() {
        DataVersion version = resolvedVersion;
        if (version == null) {
            version = dataVersion.getIfAvailable();
            resolvedVersion = version;
        }
        return version;
    }

    private Answers answers() {
        Answers counted = answers;
        if (counted == null) {
            // the web layer's test slices have no registry: counted there, unread
            MeterRegistry registry = meterRegistry.getIfAvailable(SimpleMeterRegistry::new);
            counted = new Answers(answered("hit", registry), answered("not_modified", registry));
            answers = counted;
        }
        return counted;
    }

    private static Counter answered(String result, MeterRegistry registry) {
        return Counter.builder(ANSWERS_METER).tag("result", result)
                .description("Answers given from the page cache: hits (a kept page) and 304s (the reader's copy is "
                        + "current); they come before the request observation, so they are not in http.server.requests")
                .register(registry);
    }

    /** The number of responses kept and their size, for metrics and tests. */
    public long size() {
        return cache == null ? 0 : cache.estimatedSize();
    }

    /** The bytes the kept responses count for against {@code max-size}. */
    long keptBytes() {
        return cache == null ? 0 : cache.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    public void clear() {
        if (cache != null) {
            cache.invalidateAll();
        }
    }

    static boolean isCacheable(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!"lang".equals(cookie.getName())) {
                    return false;
                }
            }
        }
        String unprefixed = LocalePaths.unprefixed(CurrentUrl.pathOf(request));
        return PRIVATE_PATHS.stream().noneMatch(unprefixed::startsWith);
    }

    private String key(HttpServletRequest request, long dataVersion) {
        StringBuilder key = new StringBuilder(160)
                .append(build).append('|').append(dataVersion).append('|')
                .append(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)).append('|')
                .append(request.getScheme()).append("://").append(request.getServerName()).append(':')
                .append(request.getServerPort()).append(request.getRequestURI());
        String query = request.getQueryString();
        if (query != null) {
            key.append('?').append(query);
        }
        return key.append('|').append(request.getHeader("HX-Request") != null ? "htmx" : "page").toString();
    }

    private static String tag(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The quoted strong tag of one variant: identity or gzip. */
    private static String variant(String tag, boolean gzip) {
        return "\"" + tag + (gzip ? "-gz" : "") + "\"";
    }

    /** Whether {@code If-None-Match} names either variant of this response ({@code W/} compared weakly). */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.trim();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("*") || value.equals("\"" + tag + "\"") || value.equals("\"" + tag + "-gz\"")) {
                return true;
            }
        }
        return false;
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip");
    }

    private static void cachingHeaders(HttpServletResponse response, String etag) {
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.VARY, null);
        VARY.forEach(value -> response.addHeader(HttpHeaders.VARY, value));
        response.setHeader(HttpHeaders.PRAGMA, null);
        response.setHeader(HttpHeaders.EXPIRES, null);
    }

    /** Whether the rendered response may be kept: 200, a page or download, no cookie set, no session made. */
    private static boolean storable(HttpServletRequest request, HttpServletResponse response) {
        if (response.getStatus() != HttpServletResponse.SC_OK || response.isCommitted()
                || !response.getHeaders("Set-Cookie").isEmpty() || request.getSession(false) != null) {
            return false;
        }
        String contentType = response.getContentType();
        return contentType != null
                && CACHEABLE_TYPES.contains(contentType.split(";")[0].trim().toLowerCase(Locale.ROOT));
    }

    /**
     * A storable response with the cache switched off: sent as it is with its tag, gzipped (at the fastest level)
     * when the reader takes it; the response already carries its headers.
     */
    private static void sendOnce(HttpServletResponse response, CapturedResponse capture, String tag, boolean gzip)
            throws IOException {
        cachingHeaders(response, variant(tag, gzip));
        if (!gzip) {
            capture.finish();
            return;
        }
        byte[] body = capture.gzipped(SENT_ONCE_LEVEL);
        response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The headers to replay, the tag, the length of a storable response's body and its gzip. */
    private static Entry entry(HttpServletResponse response, String tag, byte[] body) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, new ArrayList<>(response.getHeaders(name)));
            }
        }
        headers.put(HttpHeaders.CONTENT_TYPE, List.of(response.getContentType()));
        return new Entry(headers, tag, body.length,
                Gzip.compress(new ByteArrayInputStream(body), body.length, KEPT_LEVEL));
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, Entry entry, String tag,
                              boolean gzip) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        entry.headers().forEach((name, values) -> {
            response.setHeader(name, null);
            values.forEach(value -> response.addHeader(name, value));
        });
        cachingHeaders(response, variant(tag, gzip));
        boolean head = "HEAD".equals(request.getMethod());
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.setContentLength(entry.gzip().length);
            if (!head) {
                response.getOutputStream().write(entry.gzip());
            }
            return;
        }
        response.setContentLength(entry.length());
        if (!head) {
            try (InputStream body = new GZIPInputStream(new ByteArrayInputStream(entry.gzip()), 8192)) {
                body.transferTo(response.getOutputStream());
            }
        }
    }

    private record Answers(Counter hits, Counter notModified) {
    }

    /**
     * A kept response: the headers to replay, the key's tag (kept so that a hit or a 304 need not hash the key again),
     * the length of the body as rendered, and its gzip (the only copy kept).
     */
    private record Entry(Map<String, List<String>> headers, String tag, int length, byte[] gzip) {

        int weight() {
            return gzip.length + 512;
        }
    }
}
