package org.peacerecord.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The request a template is rendered with, with attributes of the rendering's own. Thymeleaf keeps a page's variables
 * (the model, every {@code th:with}, loop and fragment variable) as request attributes, reading and writing them
 * thousands of times a page; here they live in a map of this rendering instead of going to the container's request.
 * Nothing outside the rendering reads them.
 * <ul>
 * <li>{@link #over(HttpServletRequest)}: a page ({@link RenderingView}). A name the rendering has not written is read
 * from the request (the CSRF token, Spring MVC's and the container's attributes), so the page sees what it saw
 * before; what it writes or removes stays here.</li>
 * <li>{@link #isolated(HttpServletRequest)}: a fragment rendered on its own ({@link RenderedOnce}), which must neither
 * read nor write the page's variables.</li>
 * </ul>
 */
final class RenderingAttributes extends HttpServletRequestWrapper {

    /** A name removed here that the request may still have: read as absent. */
    private static final Object REMOVED = new Object();

    private final Map<String, Object> own = new HashMap<>();
    private final boolean readThrough;

    private RenderingAttributes(HttpServletRequest request, boolean readThrough) {
        super(request);
        this.readThrough = readThrough;
    }

    static RenderingAttributes over(HttpServletRequest request) {
        return new RenderingAttributes(request, true);
    }

    static RenderingAttributes isolated(HttpServletRequest request) {
        return new RenderingAttributes(request, false);
    }

    @Override
    public Object getAttribute(String name) {
        Object value = own.get(name);
        if (value != null) {
            return value == REMOVED ? null : value;
        }
        return readThrough ? super.getAttribute(name) : null;
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        Set<String> names = new LinkedHashSet<>();
        if (readThrough) {
            names.addAll(Collections.list(super.getAttributeNames()));
        }
        own.forEach((name, value) -> {
            if (value == REMOVED) {
                names.remove(name);
            } else {
                names.add(name);
            }
        });
        return Collections.enumeration(names);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            removeAttribute(name);
        } else {
            own.put(name, value);
        }
    }

    @Override
    public void removeAttribute(String name) {
        if (readThrough) {
            own.put(name, REMOVED);
        } else {
            own.remove(name);
        }
    }
}
