package org.peacerecord.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peacerecord.web.CurrentUrl;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The read API and its description are open to scripts on any site (CORS): every answer under {@value
 * ApiResponses#BASE} and {@value ApiDocs#DESCRIPTION} says {@code Access-Control-Allow-Origin: *} whether or not the
 * request named an origin, so an answer kept by the page cache or a proxy is right for every origin; a preflight is
 * answered here for GET and HEAD (with {@code If-None-Match} allowed, for revalidation). The data is public and no
 * credentials are ever accepted from another site. First of the filters, so that replayed and 304 answers carry it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiCors extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = CurrentUrl.pathOf(request);
        return !(path.equals(ApiResponses.BASE) || path.startsWith(ApiResponses.BASE + "/")
                || path.equals(ApiDocs.DESCRIPTION) || path.startsWith(ApiDocs.DESCRIPTION + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "ETag, Retry-After, Location");
        if ("OPTIONS".equals(request.getMethod())
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD");
            response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "Accept, If-None-Match, Accept-Language");
            response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
