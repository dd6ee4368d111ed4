package org.peacerecord.database;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Results of whole-data aggregations (the statement's citing records, the overview's counts and chart) kept until
 * the data version ({@link DataVersion}) moves: computed once per change of the data, whichever page asks. A value
 * computed while the data changed is stored under the version read before computing, so it is recomputed at the next
 * request. {@code peace-record.data-cache.enabled=false} computes every time (the test profile does: tests change
 * records in transactions they roll back, which the data version never sees). Values must be immutable and hold no
 * entities.
 */
@Component
public class VersionedCache {

    private final DataVersion version;
    private final boolean enabled;
    /** Bounded by an estimate of the bytes kept: arrays by their length, anything else as a kilobyte. */
    private final Cache<String, Versioned> values = Caffeine.newBuilder()
            .maximumWeight(32L * 1024 * 1024)
            .weigher((String key, Versioned v) -> v.value() instanceof long[] array ? 64 + array.length * 8 : 1024)
            .build();

    VersionedCache(DataVersion version, @Value("${peace-record.data-cache.enabled:true}") boolean enabled) {
        this.version = version;
        this.enabled = enabled;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> compute) {
        if (!enabled) {
            return compute.get();
        }
        long current = version.current();
        Versioned known = values.getIfPresent(key);
        if (known != null && known.version() == current) {
            return (T) known.value();
        }
        T value = compute.get();
        values.put(key, new Versioned(current, value));
        return value;
    }

    private record Versioned(long version, Object value) {
    }
}
