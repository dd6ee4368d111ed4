package org.peacerecord.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.util.FastByteArrayOutputStream;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A response kept in memory while it is made, up to a limit, for {@link PageCache} to store and replay. Beyond the
 * limit (a large download) it stops keeping: the bytes so far and all that follow go to the reader as they are
 * written, through the stream {@link Spill} opens (the caching headers set and gzip begun there), so that a
 * response's size is never bounded by the heap. Status, headers and errors go to the wrapped response as usual.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    /** Opens the reader's stream once the response outgrows the limit; headers may still be set then. */
    @FunctionalInterface
    interface Spill {
        OutputStream open() throws IOException;
    }

    private final int limit;
    private final Spill spill;
    private final FastByteArrayOutputStream kept = new FastByteArrayOutputStream(8192);
    private OutputStream spilled;
    private boolean whole;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturedResponse(HttpServletResponse response, int limit, Spill spill) {
        super(response);
        this.limit = limit;
        this.spill = spill;
    }

    /**
     * Keeps all that is written from now on, whatever its size, until {@link #endWhole()}: a page rendered straight
     * into this memory ({@link RenderingView}) must not go out half made if its rendering fails.
     */
    void keepWhole() {
        whole = true;
    }

    /** Ends {@link #keepWhole()}: a body kept beyond the limit goes to the reader now, as it would have been. */
    void endWhole() throws IOException {
        whole = false;
        flushWriter();
        if (spilled == null && kept.size() > limit) {
            spillKept();
        }
    }

    /** Opens the reader's stream and sends it what is kept so far; all that follows goes there too. */
    private void spillKept() throws IOException {
        spilled = spill.open();
        kept.writeTo(spilled);
        kept.reset();
    }

    /** Whether the response outgrew the limit and went to the reader as it was written. */
    boolean spilled() {
        return spilled != null;
    }

    /**
     * The kept body, complete (only while not {@linkplain #spilled() spilled}): the buffer's own array, not a copy of
     * it (a page is a few hundred kilobytes at most, and each copy of it is garbage the collector has to deal with);
     * nothing is written after this.
     */
    byte[] body() {
        flushWriter();
        return kept.toByteArrayUnsafe();
    }

    /**
     * The kept body gzipped at {@code level} (only while not {@linkplain #spilled() spilled}), read from the buffer's
     * pieces: a body sent once needs no copy of itself in one array.
     */
    byte[] gzipped(int level) throws IOException {
        flushWriter();
        return Gzip.compress(kept.getInputStream(), kept.size(), level);
    }

    /** Sends the kept body unchanged (a response that may not be stored); ends a spilled one. */
    void finish() throws IOException {
        flushWriter();
        if (spilled != null) {
            spilled.close();
            return;
        }
        if (kept.size() > 0 && !getResponse().isCommitted()) {
            getResponse().setContentLength(kept.size());
            kept.writeTo(getResponse().getOutputStream());
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[]{(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    if (spilled == null && !whole && kept.size() + length > limit) {
                        spillKept();
                    }
                    if (spilled != null) {
                        spilled.write(bytes, offset, length);
                    } else {
                        kept.write(bytes, offset, length);
                    }
                }

                @Override
                public void flush() throws IOException {
                    if (spilled != null) {
                        spilled.flush();
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("Asynchronous writes are not kept");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                    Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    private void flushWriter() {
        if (writer != null) {
            writer.flush();
        }
    }

    /** Lengths are set when the kept body is sent (a spilled body is sent in chunks, perhaps compressed). */
    @Override
    public void setContentLength(int length) {
    }

    @Override
    public void setContentLengthLong(long length) {
    }

    @Override
    public void setHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!"Content-Length".equalsIgnoreCase(name)) {
            super.addHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (spilled != null) {
            flushWriter();
            spilled.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return spilled != null || super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        if (spilled == null) {
            kept.reset();
        }
        super.resetBuffer();
    }

    @Override
    public void reset() {
        if (spilled == null) {
            kept.reset();
        }
        super.reset();
    }

    @Override
    public void sendError(int status) throws IOException {
        resetBuffer();
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        resetBuffer();
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        resetBuffer();
        super.sendRedirect(location);
    }
}
