package org.peacerecord.database;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results of whole-data aggregations (the statement's citing records, the overview's counts and chart) kept until
 * the data version ({@link DataVersion}) moves: computed once per change of the data, whichever page asks. A value
 * computed while the data changed is stored under the version read before computing, so it is recomputed at the next
 * request. Simultaneous requests for a value not yet computed wait for one computation rather than each running the same
 * aggregation (a burst of readers at 100 times the data held every database connection otherwise).
 * {@code peace-record.data-cache.enabled=false} computes every time (the test profile does: tests change
 * records in transactions they roll back, which the data version never sees). Values must be immutable and hold no
 * entities.
 */
@Component
public class VersionedCache {

    private final DataVersion version;
    private final boolean enabled;
    /**
     * Bounded by an estimate of the bytes kept: arrays by their length, {@link Weighed} values by their own estimate,
     * anything else as a kilobyte.
     */
    private final Cache<String, Versioned> values = Caffeine.newBuilder()
            .maximumWeight(32L * 1024 * 1024)
            .weigher((String key, Versioned v) -> 64 + key.length() * 2 + estimatedBytes(v.value()))
            .build();

    /** Computations running now, by key: others asking for the same key wait for them. */
    private final ConcurrentHashMap<String, CompletableFuture<Versioned>> inFlight = new ConcurrentHashMap<>();

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
        CompletableFuture<Versioned> mine = new CompletableFuture<>();
        CompletableFuture<Versioned> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                Versioned computed = running.join();
                if (computed.version() == current) {
                    return (T) computed.value();
                }
            } catch (CompletionException | java.util.concurrent.CancellationException failed) {
                // the other computation failed: compute here, and let this request see its own error if any
            }
            return compute.get();
        }
        try {
            T value = compute.get();
            Versioned computed = new Versioned(current, value);
            values.put(key, computed);
            mine.complete(computed);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    private static int estimatedBytes(Object value) {
        if (value instanceof long[] array) {
            return array.length * 8;
        }
        return value instanceof Weighed weighed ? weighed.estimatedBytes() : 1024;
    }

    private record Versioned(long version, Object value) {
    }

    /** A value that estimates the memory it holds, for the cache's bound (the default is a kilobyte). */
    public interface Weighed {

        int estimatedBytes();
    }
}
