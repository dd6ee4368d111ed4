package org.peacerecord.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The rendered-response cache of {@link PageCache}: {@code peace-record.page-cache.enabled} (default true; ETags and
 * 304s work either way) and {@code peace-record.page-cache.max-size} (default 64MB, counted in bytes kept: each
 * response gzipped; a body larger than an eighth of it as rendered is sent as it is written, never kept).
 */
@ConfigurationProperties("peace-record.page-cache")
public class PageCacheProperties {

    private boolean enabled = true;
    private DataSize maxSize = DataSize.ofMegabytes(64);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public DataSize getMaxSize() {
        return maxSize;
    }

    public void setMaxSize(DataSize maxSize) {
        this.maxSize = maxSize;
    }
}
