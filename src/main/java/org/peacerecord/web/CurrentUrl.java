package org.peacerecord.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Locale;

/**
 * Links that keep the current filters: the same view with one parameter changed (pagination,
 * sort, facets) or as a download. Templates call it as {@code ${#urls.with('page', 2)}}.
 */
@TemplateHelper("urls")
public class CurrentUrl {

    private final HttpServletRequest request;

    public CurrentUrl(HttpServletRequest request) {
        this.request = request;
    }

    /**
     * The request's address within the application, as it was sent: without the context path, without the query,
     * not decoded ("/ja/trainings"). What the filters match their paths against.
     */
    public static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The current path and query with {@code name} set to {@code value} (and the page reset unless it is the page). */
    public String with(String name, Object value) {
        UriComponentsBuilder builder = current();
        if (!"page".equals(name)) {
            builder.replaceQueryParam("page");
        }
        if (value == null || value.toString().isEmpty()) {
            builder.replaceQueryParam(name);
        } else {
            builder.replaceQueryParam(name, value);
        }
        return localized(builder);
    }

    /** The current path and query without {@code name}. */
    public String without(String name) {
        return localized(current().replaceQueryParam(name).replaceQueryParam("page"));
    }

    /** The same view as a download: "/trainings?region=africa&page=2" becomes "/trainings.csv?region=africa". */
    public String download(String extension) {
        UriComponentsBuilder builder = current().replaceQueryParam("page").replaceQueryParam("size");
        String path = pathOf(request);
        String base = path.equals("/") ? "/index" : path.replaceAll("/+$", "");
        return localized(builder.replacePath(request.getContextPath() + base + "." + extension));
    }

    /**
     * This page in the other language: {@code /ja/…} for English pages, the address without it for Japanese ones
     * (for the language switch and the {@code hreflang} alternates).
     */
    public String inLanguage(String language) {
        String url = current().build().encode().toUriString();
        return "ja".equals(language) ? LocalePaths.localize(url, Locale.JAPANESE) : url;
    }

    /**
     * The site's address, absolute and without a trailing slash ("https://example.org"), as the current request
     * reached it: what every absolute link outside the pages (feeds, linked data, citations, sitemaps, the API)
     * starts with.
     */
    public static String site() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    /** An absolute URL for a context-relative address, on the host the request came to (canonical, hreflang). */
    public String absolute(String path) {
        return ServletUriComponentsBuilder.fromContextPath(request).replacePath(null).replaceQuery(null).build()
                .toUriString() + request.getContextPath() + path;
    }

    /** The address in the page's language: the {@code /ja} prefix on Japanese pages. */
    private static String localized(UriComponentsBuilder builder) {
        return LocalePaths.localize(builder.build().encode().toUriString(), LocaleContextHolder.getLocale());
    }

    private UriComponentsBuilder current() {
        return ServletUriComponentsBuilder.fromRequest(request).scheme(null).host(null).port(null)
                .replaceQueryParam("lang");
    }
}
