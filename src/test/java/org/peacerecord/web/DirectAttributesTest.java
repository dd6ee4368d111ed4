package org.peacerecord.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request the views get: its attribute calls skip the wrappers that only pass them on, stop at the first that
 * does something with them, and the container's own attributes still take the whole way.
 */
class DirectAttributesTest {

    final MockHttpServletRequest tomcat = new MockHttpServletRequest("GET", "/trainings");

    @Test
    void attributeCallsSkipTheWrappersThatOnlyPassThemOn() throws Exception {
        HttpServletRequest outer = new PassingOn(new PassingOn(new PassingOn(tomcat)));

        HttpServletRequest seen = viewRequest(outer);
        seen.setAttribute("training", "T1");

        assertThat(DirectAttributes.attributesOf(seen)).isSameAs(tomcat);
        assertThat(tomcat.getAttribute("training")).isEqualTo("T1");
        assertThat(outer.getAttribute("training")).isEqualTo("T1");
        seen.removeAttribute("training");
        assertThat(tomcat.getAttribute("training")).isNull();
        assertThat(seen.getRequestURI()).isEqualTo("/trainings");
    }

    @Test
    void aWrapperThatHandlesAttributesItselfIsWhereTheCallsGo() throws Exception {
        Prefixing prefixing = new Prefixing(new PassingOn(tomcat));
        HttpServletRequest outer = new PassingOn(prefixing);

        HttpServletRequest seen = viewRequest(outer);
        seen.setAttribute("page", 2);

        assertThat(DirectAttributes.attributesOf(seen)).isSameAs(prefixing);
        assertThat(tomcat.getAttribute("x-page")).isEqualTo(2);
        assertThat(seen.getAttribute("page")).isEqualTo(2);
    }

    @Test
    void theContainersAttributesTakeTheWholeWayEvenWhenItsIncludeWrapperIsSlippedInLater() throws Exception {
        PassingOn inner = new PassingOn(tomcat);
        HttpServletRequest seen = viewRequest(new PassingOn(inner));
        // what the container does for an include (the data snapshot includes the lists' downloads): its wrapper goes
        // beneath the filters' wrappers, after this filter has run
        inner.setRequest(new HttpServletRequestWrapper(tomcat) {
            @Override
            public Object getAttribute(String name) {
                return name.startsWith("jakarta.servlet.include.") ? "/trainings.csv" : super.getAttribute(name);
            }
        });
        tomcat.setAttribute("training", "T1");

        assertThat(seen.getAttribute("jakarta.servlet.include.request_uri")).isEqualTo("/trainings.csv");
        assertThat(seen.getAttribute("training")).isEqualTo("T1");
    }

    @Test
    void anUnwrappedRequestIsHandedOnAsItIs() throws Exception {
        assertThat(viewRequest(tomcat)).isSameAs(tomcat);
    }

    private static HttpServletRequest viewRequest(HttpServletRequest request) throws Exception {
        AtomicReference<ServletRequest> seen = new AtomicReference<>();
        new DirectAttributes().doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set(req));
        return (HttpServletRequest) seen.get();
    }

    static class PassingOn extends HttpServletRequestWrapper {
        PassingOn(HttpServletRequest request) {
            super(request);
        }
    }

    static final class Prefixing extends HttpServletRequestWrapper {
        Prefixing(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return super.getAttribute("x-" + name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            super.setAttribute("x-" + name, value);
        }
    }
}
