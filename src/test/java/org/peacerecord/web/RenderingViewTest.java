package org.peacerecord.web;

import org.junit.jupiter.api.Test;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application's Thymeleaf views write a page kept in the response cache's memory straight into it, and that
 * page is the one rendered whole (the Japanese, the escaping, a line longer than any buffer); a page is never sent
 * half made when its rendering fails, kept in memory or not, however large. Template:
 * {@code src/test/resources/templates/test/long-page.html} (3,000 items, ~190 KB).
 */
@PostgresTest
class RenderingViewTest {

    private static final int ENTRY_BYTES = 8 * 1024 * 1024;

    @Autowired
    private ThymeleafViewResolver resolver;

    @Test
    void aPageKeptInMemoryIsThePageRenderedWhole() throws Exception {
        MockHttpServletResponse whole = new MockHttpServletResponse();
        view().render(model(false), request(), whole);

        MockHttpServletResponse reader = new MockHttpServletResponse();
        CapturedResponse capture = new CapturedResponse(reader, ENTRY_BYTES, reader::getOutputStream);
        view().render(model(false), request(), capture);

        String page = whole.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<li>3000 平和維持 &amp; &lt;b&gt;</li>", "界".repeat(10_000), "the end");
        assertThat(capture.spilled()).isFalse();
        assertThat(new String(capture.body(), StandardCharsets.UTF_8)).isEqualTo(page);
        assertThat(reader.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aPageLargerThanAnEntryGoesOutOnlyOnceItIsComplete() throws Exception {
        MockHttpServletResponse whole = new MockHttpServletResponse();
        view().render(model(false), request(), whole);

        MockHttpServletResponse reader = new MockHttpServletResponse();
        CapturedResponse capture = new CapturedResponse(reader, 1_000, reader::getOutputStream);
        view().render(model(false), request(), capture);
        capture.finish();

        assertThat(capture.spilled()).isTrue();
        assertThat(reader.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(whole.getContentAsString(StandardCharsets.UTF_8));

        MockHttpServletResponse failed = new MockHttpServletResponse();
        CapturedResponse failing = new CapturedResponse(failed, 1_000, failed::getOutputStream);
        assertThatThrownBy(() -> view().render(model(true), request(), failing)).isInstanceOf(Exception.class);
        assertThat(failing.spilled()).isFalse();
        assertThat(failed.isCommitted()).isFalse();
        assertThat(failed.getContentAsByteArray()).isEmpty();
    }

    @Test
    void aPageNotKeptInMemoryIsNotSentWhenItsRenderingFails() throws Exception {
        MockHttpServletResponse reader = new MockHttpServletResponse();

        assertThatThrownBy(() -> view().render(model(true), request(), reader)).isInstanceOf(Exception.class);

        assertThat(reader.isCommitted()).isFalse();
        assertThat(reader.getContentAsByteArray()).isEmpty();
    }

    private View view() throws Exception {
        View view = resolver.resolveViewName("test/long-page", Locale.ENGLISH);
        assertThat(view).isInstanceOf(RenderingView.class);
        return view;
    }

    private static Map<String, Object> model(boolean fail) {
        return Map.of("long", "界".repeat(10_000), "escaped", "& <b>", "fail", fail);
    }

    private static MockHttpServletRequest request() {
        return new MockHttpServletRequest("GET", "/test/long-page");
    }
}
