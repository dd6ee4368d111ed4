package org.peacerecord.database;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Values kept per data version; simultaneous misses of one key make one computation. */
class VersionedCacheTest {

    private final AtomicLong dataVersion = new AtomicLong(1);

    private VersionedCache cache() {
        DataVersion version = mock(DataVersion.class);
        when(version.current()).thenAnswer(invocation -> dataVersion.get());
        return new VersionedCache(version, true);
    }

    @Test
    void aValueIsKeptUntilTheDataChanges() {
        VersionedCache cache = cache();
        AtomicInteger computed = new AtomicInteger();
        assertThat(cache.get("k", () -> "v" + computed.incrementAndGet())).isEqualTo("v1");
        assertThat(cache.get("k", () -> "v" + computed.incrementAndGet())).isEqualTo("v1");
        dataVersion.incrementAndGet();
        assertThat(cache.get("k", () -> "v" + computed.incrementAndGet())).isEqualTo("v2");
    }

    @Test
    void simultaneousMissesWaitForOneComputation() throws Exception {
        VersionedCache cache = cache();
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(pool.submit(() -> cache.get("slow", () -> {
                    computed.incrementAndGet();
                    started.countDown();
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return "aggregated";
                })));
            }
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200); // the others are asking meanwhile
            release.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(5, TimeUnit.SECONDS)).isEqualTo("aggregated");
            }
            assertThat(computed.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedComputationIsNotKept() {
        VersionedCache cache = cache();
        assertThatThrownBy(() -> cache.get("k", () -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");
        assertThat(cache.get("k", () -> "recovered")).isEqualTo("recovered");
    }
}
