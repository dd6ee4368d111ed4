package org.peacerecord.web;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a rendering reads and writes as request attributes: its own variables kept apart from the request's; a page
 * still sees the request's attributes it has not written, a fragment rendered on its own sees none.
 */
class RenderingAttributesTest {

    final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/trainings");

    @Test
    void aPageReadsTheRequestsAttributesAndKeepsItsOwnVariablesToItself() {
        request.setAttribute("_csrf", "token");
        request.setAttribute("page", "the request's");
        HttpServletRequest rendering = RenderingAttributes.over(request);

        rendering.setAttribute("training", "T1");
        rendering.setAttribute("page", 2);

        assertThat(rendering.getAttribute("_csrf")).isEqualTo("token");
        assertThat(rendering.getAttribute("training")).isEqualTo("T1");
        assertThat(rendering.getAttribute("page")).isEqualTo(2);
        assertThat(request.getAttribute("training")).isNull();
        assertThat(request.getAttribute("page")).isEqualTo("the request's");
        assertThat(Collections.list(rendering.getAttributeNames())).containsExactlyInAnyOrder("_csrf", "page", "training");
        assertThat(rendering.getRequestURI()).isEqualTo("/trainings");
    }

    @Test
    void aNameThePageRemovesIsGoneForThePageEvenWhenTheRequestHasIt() {
        request.setAttribute("area", "the request's");
        HttpServletRequest rendering = RenderingAttributes.over(request);

        rendering.setAttribute("area", "Kenya");
        rendering.removeAttribute("area");

        assertThat(rendering.getAttribute("area")).isNull();
        assertThat(Collections.list(rendering.getAttributeNames())).doesNotContain("area");
        assertThat(request.getAttribute("area")).isEqualTo("the request's");

        rendering.setAttribute("area", "Mali");
        assertThat(rendering.getAttribute("area")).isEqualTo("Mali");
        rendering.setAttribute("area", null);
        assertThat(rendering.getAttribute("area")).isNull();
    }

    @Test
    void aFragmentRenderedOnItsOwnSeesNoneOfTheRequestsAttributes() {
        request.setAttribute("training", "T1");
        HttpServletRequest rendering = RenderingAttributes.isolated(request);

        assertThat(rendering.getAttribute("training")).isNull();
        rendering.setAttribute("map", "drawing");
        assertThat(rendering.getAttribute("map")).isEqualTo("drawing");
        assertThat(Collections.list(rendering.getAttributeNames())).containsExactly("map");
        rendering.removeAttribute("map");
        assertThat(rendering.getAttribute("map")).isNull();
        assertThat(request.getAttribute("map")).isNull();
    }
}
