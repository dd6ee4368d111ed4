package org.peacerecord.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The reader's language is part of the address, so that every page is as cacheable in Japanese as in English and
 * search engines see both: {@code /ja/trainings} is the Japanese {@code /trainings}. This filter, first of all, takes
 * the {@code /ja} prefix off the path the rest of the application sees (and remembers the language), and puts it back
 * on every link and redirect the response writes ({@code encodeURL}), except for static files, which are the same in
 * both languages. No cookie is set: {@code ?lang=ja} on any address also gives Japanese for that request (and links
 * onward to {@code /ja/…}). See {@link LocaleConfig} for how the language is resolved.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class LocalePaths extends OncePerRequestFilter {

    /** The prefix of Japanese addresses. */
    public static final String JAPANESE_PREFIX = "/ja";
    /** Request attribute: the language the address names (set for {@code /ja/…}). */
    static final String PATH_LOCALE = LocalePaths.class.getName() + ".locale";
    /** Paths that are the same in every language: the static files ({@link StaticResourceConfig#PREFIXES}) and a few more. */
    private static final List<String> UNLOCALISED = Stream.concat(StaticResourceConfig.PREFIXES.stream(),
            Stream.of("/actuator", "/robots.txt", "/error")).toList();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = CurrentUrl.pathOf(request);
        String rest = unprefixed(path);
        HttpServletRequest current = request;
        if (!rest.equals(path)) {
            current = new Unprefixed(request, rest);
            current.setAttribute(PATH_LOCALE, Locale.JAPANESE);
        }
        chain.doFilter(current, new Redirects(response, current));
    }

    /**
     * Keeps redirects in the reader's language, whoever sends them (Spring Security's sign-in and sign-out, moved
     * records), by localising the {@code Location} itself: Spring Security answers {@code encodeRedirectURL} without
     * calling further, so the prefix cannot be added there for its redirects.
     */
    private static final class Redirects extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        Redirects(HttpServletResponse response, HttpServletRequest request) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(location(location));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Location".equalsIgnoreCase(name) ? location(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Location".equalsIgnoreCase(name) ? location(value) : value);
        }

        /** A path, or an absolute URL on this host (the page saved before sign-in), in the request's language. */
        private String location(String location) {
            Locale locale = LocaleConfig.resolve(request);
            if (location == null || location.startsWith("/")) {
                return localize(location, locale);
            }
            String origin = request.getScheme() + "://" + request.getServerName();
            for (String prefix : List.of(origin + ":" + request.getServerPort(), origin)) {
                if (location.startsWith(prefix + "/")) {
                    return prefix + localize(location.substring(prefix.length()), locale);
                }
            }
            return location;
        }
    }

    /**
     * Puts the language prefix on the links and redirects a Japanese response writes. It runs just inside Spring
     * Security, whose own response wrapper keeps session ids out of URLs by not calling further down: the prefix is
     * added on the way in, before that wrapper.
     */
    @Component
    @Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
    static class Links extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                /** The language of the links a page writes, resolved at its first link (a page writes hundreds). */
                private Locale links;

                /**
                 * Not passed further down: sessions are tracked by cookie only, so the container would only parse
                 * each link to find that out (and Spring Security's own wrapper, outside, never calls down either).
                 */
                @Override
                public String encodeURL(String url) {
                    if (links == null) {
                        links = LocaleConfig.resolve(request);
                    }
                    return localize(url, links);
                }

                @Override
                public String encodeRedirectURL(String url) {
                    return super.encodeRedirectURL(localize(url, LocaleConfig.resolve(request)));
                }
            });
        }
    }

    /** An address without its language prefix ("/ja/trainings" → "/trainings", "/ja" → "/"); others as they are. */
    static String unprefixed(String path) {
        if (path.equals(JAPANESE_PREFIX)) {
            return "/";
        }
        return path.startsWith(JAPANESE_PREFIX + "/") ? path.substring(JAPANESE_PREFIX.length()) : path;
    }

    /** A context-relative page address in the given language ("/trainings" → "/ja/trainings" for Japanese). */
    public static String localize(String url, Locale locale) {
        if (url == null || !"ja".equals(locale.getLanguage()) || !url.startsWith("/") || url.startsWith("//")
                || url.equals(JAPANESE_PREFIX) || url.startsWith(JAPANESE_PREFIX + "/")
                || url.startsWith(JAPANESE_PREFIX + "?") || UNLOCALISED.stream().anyMatch(url::startsWith)) {
            return url;
        }
        return url.equals("/") ? JAPANESE_PREFIX + "/" : JAPANESE_PREFIX + url;
    }

    /** The request as the application sees it: the path without the language prefix. */
    private static final class Unprefixed extends HttpServletRequestWrapper {

        private final String path;

        Unprefixed(HttpServletRequest request, String path) {
            super(request);
            this.path = path;
        }

        @Override
        public String getRequestURI() {
            return getContextPath() + path;
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer();
            url.append(getScheme()).append("://").append(getServerName());
            int port = getServerPort();
            if (port > 0 && !(port == 80 && "http".equals(getScheme())) && !(port == 443 && "https".equals(getScheme()))) {
                url.append(':').append(port);
            }
            return url.append(getRequestURI());
        }

        @Override
        public String getServletPath() {
            return path;
        }

        @Override
        public String getPathInfo() {
            return null;
        }
    }
}
