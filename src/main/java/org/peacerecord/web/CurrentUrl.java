package org.peacerecord.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links that keep the current filters: the same view with one parameter changed (pagination,
 * sort, facets) or as a download. Templates call it as {@code ${@urls.with('page', 2)}}.
 */
@Component("urls")
public class CurrentUrl {

    private final HttpServletRequest request;

    public CurrentUrl(HttpServletRequest request) {
        this.request = request;
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
        return builder.build().encode().toUriString();
    }

    /** The current path and query without {@code name}. */
    public String without(String name) {
        return current().replaceQueryParam(name).replaceQueryParam("page").build().encode().toUriString();
    }

    /** The same view as a download: "/trainings?region=africa&page=2" becomes "/trainings.csv?region=africa". */
    public String download(String extension) {
        UriComponentsBuilder builder = current().replaceQueryParam("page").replaceQueryParam("size");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String base = path.equals("/") ? "/index" : path.replaceAll("/+$", "");
        return builder.replacePath(request.getContextPath() + base + "." + extension).build().encode().toUriString();
    }

    private UriComponentsBuilder current() {
        return ServletUriComponentsBuilder.fromRequest(request).scheme(null).host(null).port(null)
                .replaceQueryParam("lang");
    }
}
