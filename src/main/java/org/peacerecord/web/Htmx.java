package org.peacerecord.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * One handler for the full page and its htmx partial update: a request sent by htmx (header
 * {@code HX-Request}) gets only the named fragment of the view, any other request the whole page.
 * History restores ({@code HX-History-Restore-Request}) need the whole page even though htmx marks them.
 * Responses vary on those headers so that caches never serve a fragment for a page or the reverse.
 */
public final class Htmx {

    static final String REQUEST = "HX-Request";
    static final String HISTORY_RESTORE_REQUEST = "HX-History-Restore-Request";
    static final String PUSH_URL = "HX-Push-Url";

    private Htmx() {
    }

    public static boolean isPartialRequest(HttpServletRequest request) {
        return "true".equals(request.getHeader(REQUEST)) && !"true".equals(request.getHeader(HISTORY_RESTORE_REQUEST));
    }

    /**
     * The view for this request: {@code view} or, for htmx, {@code view :: fragment}; adds the Vary header.
     * For a partial update {@code canonicalUrl} (the view's address without empty filters, as
     * {@link ListFilter#toUrl} gives it; context-relative) is pushed to the browser history in place of the raw
     * form submission.
     */
    public static String pageOrFragment(HttpServletRequest request, HttpServletResponse response, String view,
                                        String fragment, String canonicalUrl) {
        response.addHeader(HttpHeaders.VARY, REQUEST);
        response.addHeader(HttpHeaders.VARY, HISTORY_RESTORE_REQUEST);
        if (!isPartialRequest(request)) {
            return view;
        }
        if (canonicalUrl != null) {
            response.setHeader(PUSH_URL, request.getContextPath() + canonicalUrl);
        }
        return view + " :: " + fragment;
    }
}
