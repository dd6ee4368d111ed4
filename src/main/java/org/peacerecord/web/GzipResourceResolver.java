package org.peacerecord.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolverChain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Serves text assets (CSS, JavaScript, SVG, icons) gzip-compressed to clients that accept it, the way
 * Spring's {@code EncodedResourceResolver} serves precompressed files, except that the compressed bytes are made
 * once, at the highest level, on first use and kept in memory: it works alike for the app's own files and for
 * those inside WebJars, and costs nothing per request after the first. The handful of assets is small.
 */
class GzipResourceResolver extends AbstractResourceResolver {

    private static final Set<String> COMPRESSIBLE = Set.of("css", "js", "svg", "ico", "map", "json", "txt");

    private final Map<String, byte[]> compressed = new ConcurrentHashMap<>();

    @Override
    protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
                                               List<? extends Resource> locations, ResourceResolverChain chain) {
        Resource resource = chain.resolveResource(request, requestPath, locations);
        if (resource == null || request == null || !acceptsGzip(request) || !compressible(resource)) {
            return resource;
        }
        byte[] bytes = compressed.computeIfAbsent(key(resource), key -> gzip(resource));
        return new GzippedResource(resource, bytes);
    }

    @Override
    protected String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
                                            ResourceResolverChain chain) {
        return chain.resolveUrlPath(resourceUrlPath, locations);
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("gzip");
    }

    private static boolean compressible(Resource resource) {
        String name = resource.getFilename();
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot > 0 && COMPRESSIBLE.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String key(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }

    private static byte[] gzip(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = Gzip.stream(out, Deflater.BEST_COMPRESSION)) {
                in.transferTo(gzip);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compress " + resource.getDescription(), e);
        }
    }

    /** The compressed bytes of a resource, served with {@code Content-Encoding: gzip}. */
    static final class GzippedResource extends AbstractResource implements HttpResource {

        private final Resource original;
        private final byte[] bytes;

        GzippedResource(Resource original, byte[] bytes) {
            this.original = original;
            this.bytes = bytes;
        }

        @Override
        public InputStream getInputStream() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public long contentLength() {
            return bytes.length;
        }

        @Override
        public long lastModified() throws IOException {
            return original.lastModified();
        }

        @Override
        public String getFilename() {
            return original.getFilename();
        }

        @Override
        public String getDescription() {
            return "gzip of " + original.getDescription();
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            HttpHeaders headers = original instanceof HttpResource http ? new HttpHeaders(http.getResponseHeaders())
                    : new HttpHeaders();
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
            headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            return headers;
        }
    }
}
