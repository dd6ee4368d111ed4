package org.peacerecord.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peacerecord.web.CurrentUrl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Pages with forms that change things (the sign-in page, every page of a signed-in user: the sign-out button) need
 * the CSRF token, which lives in the session. Spring Security makes it when a template first asks for it, possibly
 * after the first bytes of the page went out, when a session can no longer be started (its cookie could not be
 * sent). This makes the token, and so the session, before the page is rendered. Anonymous public pages have no such
 * forms and stay free of sessions and cookies (and so cacheable).
 */
@Component
class CsrfTokenFirst implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = CurrentUrl.pathOf(request);
        if (request.getUserPrincipal() != null || "/login".equals(path)) {
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
        }
        return true;
    }
}
