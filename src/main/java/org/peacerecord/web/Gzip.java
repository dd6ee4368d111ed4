package org.peacerecord.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

/** A gzip stream at a chosen compression level (java.util.zip only offers the default level). */
final class Gzip {

    private Gzip() {
    }

    /** Gzips what is written to it into {@code out}, at {@code level} (a {@link java.util.zip.Deflater} level). */
    static GZIPOutputStream stream(OutputStream out, int level) throws IOException {
        return new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(level);
            }
        };
    }

    /** The gzip of a body of {@code size} bytes read from {@code body}, at {@code level}. */
    static byte[] compress(InputStream body, int size, int level) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, size / 4));
        try (GZIPOutputStream gzip = stream(out, level)) {
            body.transferTo(gzip);
        }
        return out.toByteArray();
    }
}
