package org.peacerecord.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

/**
 * The bound on requests worked on at once, as a filter without a server: the others wait their turn and are
 * answered when one ends; a request that waits longer than allowed gets the busy page; static files and downloads
 * never wait; a failed request gives its turn back.
 */
class RenderLimitTest {

    final ServiceUnavailable unavailable = mock(ServiceUnavailable.class);
    final ExecutorService threads = Executors.newCachedThreadPool();
    final AtomicInteger inChain = new AtomicInteger();
    final AtomicInteger mostInChain = new AtomicInteger();

    RenderLimitTest() throws Exception {
        doAnswer(call -> {
            call.getArgument(1, HttpServletResponse.class).setStatus(503);
            return null;
        }).when(unavailable).busy(any(), any());
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void noMoreThanTheLimitAreWorkedOnAtOnceAndTheOthersAreAnsweredInTurn() throws Exception {
        RenderLimit limit = new RenderLimit(2, Duration.ofSeconds(10), unavailable);
        CountDownLatch release = new CountDownLatch(1);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(threads.submit(() -> get(limit, "/trainings", release)));
        }
        waitUntil(() -> inChain.get() == 2 && limit.waiting() == 4);
        assertThat(answers).noneMatch(Future::isDone);

        release.countDown();
        for (Future<MockHttpServletResponse> answer : answers) {
            assertThat(answer.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        }
        assertThat(mostInChain).hasValue(2);
        assertThat(limit.waiting()).isZero();
    }

    @Test
    void aRequestThatWaitsLongerThanAllowedGetsTheBusyPageAndTheOthersGoOn() throws Exception {
        RenderLimit limit = new RenderLimit(1, Duration.ofMillis(200), unavailable);
        CountDownLatch release = new CountDownLatch(1);
        Future<MockHttpServletResponse> first = threads.submit(() -> get(limit, "/statement", release));
        waitUntil(() -> inChain.get() == 1);

        MockHttpServletResponse waited = get(limit, "/timeline", release);

        assertThat(waited.getStatus()).isEqualTo(503);
        assertThat(inChain).hasValue(1);
        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(get(limit, "/timeline", release).getStatus()).isEqualTo(200);
    }

    @Test
    void staticFilesHealthChecksTheSignInAndDownloadsDoNotWait() throws Exception {
        RenderLimit limit = new RenderLimit(1, Duration.ofMillis(100), unavailable);
        CountDownLatch release = new CountDownLatch(1);
        threads.submit(() -> get(limit, "/statement", release));
        waitUntil(() -> inChain.get() == 1);

        for (String path : List.of("/css/app.css", "/webjars/bootstrap/css/bootstrap.min.css", "/maps/land.json",
                "/favicon.svg", "/actuator/health", "/login", "/trainings.csv", "/ja/contributions.json", "/data/snapshot.zip")) {
            assertThat(get(limit, path, new CountDownLatch(0)).getStatus()).as(path).isEqualTo(200);
        }
        assertThat(get(limit, "/missions", new CountDownLatch(0)).getStatus()).isEqualTo(503);
        release.countDown();
    }

    @Test
    void aRequestThatFailsGivesItsTurnBack() throws Exception {
        RenderLimit limit = new RenderLimit(1, Duration.ofMillis(100), unavailable);
        FilterChain failing = (request, response) -> {
            throw new IllegalStateException("render failed");
        };
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/statement");

        assertThatThrownBy(() -> limit.doFilter(request, new MockHttpServletResponse(), failing))
                .hasMessage("render failed");

        assertThat(get(limit, "/statement", new CountDownLatch(0)).getStatus()).isEqualTo(200);
    }

    @Test
    void zeroMeansThreePerCoreAndLessIsRefused() {
        assertThatThrownBy(() -> new RenderLimit(-1, Duration.ofSeconds(1), unavailable))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new RenderLimit(0, Duration.ofSeconds(1), unavailable).turns())
                .isEqualTo(RenderLimit.PER_CORE * Runtime.getRuntime().availableProcessors());
    }

    private MockHttpServletResponse get(RenderLimit limit, String path, CountDownLatch release) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, (req, res) -> {
            mostInChain.accumulateAndGet(inChain.incrementAndGet(), Math::max);
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inChain.decrementAndGet();
            }
            ((HttpServletResponse) res).setStatus(200);
        });
        return response;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 10 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
