package org.peacerecord.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * Thymeleaf keeps a page's variables as request attributes, the loop variables included: a page reads and writes
 * them thousands of times. Each call went through every request wrapper of the filters (Spring Session's, Spring
 * Security's three, the language prefix's) before Tomcat's map: ~11 % of a list page's CPU in JFR, mostly in the
 * wrappers' pass-through calls. The last filter before Spring MVC hands on a request whose attribute calls go straight
 * to the innermost request that does something with them: going inwards, the first that overrides an attribute method
 * (Tomcat's own request, normally). Everything else goes through the wrappers as before.
 * <p>
 * The container's own attributes ({@code jakarta.servlet.*}, {@code org.apache.*}: forward, include, error and
 * dispatch details) still take the whole way, because the container puts its forward and include wrapper beneath the
 * filters' wrappers when a handler includes another (the data snapshot does); so the answer is the same as without
 * this filter, whatever the chain.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class DirectAttributes extends OncePerRequestFilter {

    private static final Set<String> ATTRIBUTE_METHODS = Set.of("getAttribute", "setAttribute", "removeAttribute",
            "getRequest");

    /** Whether a wrapper class passes attribute calls on unchanged (overrides none of them, nor where they go). */
    private static final ClassValue<Boolean> PASSES_ATTRIBUTES_ON = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != ServletRequestWrapper.class && c != HttpServletRequestWrapper.class;
                 c = c.getSuperclass()) {
                for (java.lang.reflect.Method method : c.getDeclaredMethods()) {
                    if (ATTRIBUTE_METHODS.contains(method.getName())) {
                        return false;
                    }
                }
            }
            return true;
        }
    };

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ServletRequest target = request;
        while (target instanceof ServletRequestWrapper wrapper && PASSES_ATTRIBUTES_ON.get(wrapper.getClass())) {
            target = wrapper.getRequest();
        }
        chain.doFilter(target == request ? request : new Direct(request, target), response);
    }

    /** Where a wrapper's attribute calls would end, for tests. */
    static ServletRequest attributesOf(HttpServletRequest request) {
        return request instanceof Direct direct ? direct.attributes : request;
    }

    private static boolean isContainers(String name) {
        return name == null || name.startsWith("jakarta.") || name.startsWith("org.apache.");
    }

    private static final class Direct extends HttpServletRequestWrapper {

        private final ServletRequest attributes;

        Direct(HttpServletRequest request, ServletRequest attributes) {
            super(request);
            this.attributes = attributes;
        }

        @Override
        public Object getAttribute(String name) {
            return isContainers(name) ? super.getAttribute(name) : attributes.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (isContainers(name)) {
                super.setAttribute(name, value);
            } else {
                attributes.setAttribute(name, value);
            }
        }

        @Override
        public void removeAttribute(String name) {
            if (isContainers(name)) {
                super.removeAttribute(name);
            } else {
                attributes.removeAttribute(name);
            }
        }
    }
}
