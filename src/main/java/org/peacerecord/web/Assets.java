package org.peacerecord.web;

import org.springframework.web.servlet.resource.ResourceUrlProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fingerprinted address of a static file, for templates: {@code ${#assets.url('/css/app.css')}} gives
 * {@code /css/app-<md5 of its content>.css}. Resolved once per path and remembered (the files do not change while
 * the application runs), so that a page's links cost a map lookup, not a resource lookup per link per request.
 */
@TemplateHelper("assets")
public class Assets {

    private final ResourceUrlProvider urls;
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    Assets(ResourceUrlProvider urls) {
        this.urls = urls;
    }

    public String url(String path) {
        String known = resolved.get(path);
        if (known != null) {
            return known;
        }
        String url = urls.getForLookupPath(path);
        if (url == null) {
            return path;
        }
        resolved.put(path, url);
        return url;
    }
}
