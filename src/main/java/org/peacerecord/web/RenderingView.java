package org.peacerecord.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Map;

/**
 * Spring's Thymeleaf view, rendering with {@link RenderingAttributes#over the page's variables kept apart} from the
 * request's attributes: each of the thousands of reads and writes a page makes of them is a map lookup, not a call
 * through the request wrappers of the filters into the container's request (~11 % of a list page's CPU in a profile
 * before {@code DirectAttributes}, which this replaced at the same measured speed); a page that {@link PageCache} keeps
 * in memory while it is made is written straight into that memory ({@link #getProducePartialOutputWhileProcessing()}).
 */
public class RenderingView extends ThymeleafView {

    /** Whether the page being rendered on this thread goes into a {@link CapturedResponse}'s memory. */
    private static final ThreadLocal<Boolean> INTO_CAPTURE = new ThreadLocal<>();

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        CapturedResponse capture = capture(response);
        if (capture == null) {
            super.render(model, RenderingAttributes.over(request), response);
            return;
        }
        INTO_CAPTURE.set(Boolean.TRUE);
        capture.keepWhole();
        try {
            BufferedResponse buffered = new BufferedResponse(response);
            super.render(model, RenderingAttributes.over(request), buffered);
            buffered.flushWriter();
        } finally {
            INTO_CAPTURE.remove();
        }
        capture.endWhole();
    }

    /**
     * Pages are rendered whole before their first byte goes out (application.properties), so that a failure while
     * rendering still gets its error page: Thymeleaf then writes the page into a string of its own and copies it
     * into the response. A page that {@link PageCache} keeps in memory while it is made (every anonymous page) is
     * written straight into that memory instead, kept whole there whatever its size until it is complete (and only
     * then sent on if it is larger than an entry), so that it still cannot go out half made. A statement page at 100
     * times the data allocated 5.8 MB a request through the string's growth and copies (its 338 KB as UTF-16, four
     * times over), and the young collections that followed were most of its time at 32 connections.
     */
    @Override
    public boolean getProducePartialOutputWhileProcessing() {
        return INTO_CAPTURE.get() != null || super.getProducePartialOutputWhileProcessing();
    }

    /** The {@link PageCache}'s memory the response goes into, if it does and has not outgrown it; else null. */
    private static CapturedResponse capture(HttpServletResponse response) {
        HttpServletResponse current = response;
        while (current instanceof HttpServletResponseWrapper wrapper) {
            if (current instanceof CapturedResponse capture) {
                return capture.spilled() ? null : capture;
            }
            current = (HttpServletResponse) wrapper.getResponse();
        }
        return null;
    }

    /**
     * The response as the template sees it: its writer keeps what the template writes in a buffer of characters
     * and hands it on in large pieces. Thymeleaf writes a page as thousands of small strings; each one sent through
     * the filters' print writers (Spring Security's and Spring Session's, then the encoder's) cost four locks and,
     * in the encoder, a copy of the string and a buffer wrapping it.
     */
    private static final class BufferedResponse extends HttpServletResponseWrapper {

        private PrintWriter writer;

        BufferedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(new CharBuffering(getResponse().getWriter()), false);
            }
            return writer;
        }

        /** Hands on what the writer keeps (Thymeleaf flushes its writer at the end of a page, too). */
        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            flushWriter();
            super.flushBuffer();
        }
    }

    /** A writer that keeps characters in a buffer of its own (no lock: one request's thread writes it). */
    private static final class CharBuffering extends Writer {

        private static final int SIZE = 8192;
        private final Writer out;
        private final char[] buffer = new char[SIZE];
        private int count;

        CharBuffering(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (count == SIZE) {
                drain();
            }
            buffer[count++] = (char) c;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            if (length >= SIZE) {
                drain();
                out.write(chars, offset, length);
                return;
            }
            if (count + length > SIZE) {
                drain();
            }
            System.arraycopy(chars, offset, buffer, count, length);
            count += length;
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            if (length >= SIZE) {
                drain();
                out.write(text, offset, length);
                return;
            }
            if (count + length > SIZE) {
                drain();
            }
            text.getChars(offset, offset + length, buffer, count);
            count += length;
        }

        private void drain() throws IOException {
            if (count > 0) {
                out.write(buffer, 0, count);
                count = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Makes Boot's Thymeleaf view resolver create {@link RenderingView}s. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        static BeanPostProcessor renderingViews() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String beanName) {
                    if (bean instanceof ThymeleafViewResolver resolver) {
                        resolver.setViewClass(RenderingView.class);
                    }
                    return bean;
                }
            };
        }
    }
}
