package org.peacerecord.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The search and the API answer 429 with Retry-After beyond a client's rate; other pages and clients are not limited. */
class RateLimitsTest {

    private static MockHttpServletResponse request(RateLimits limits, String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limits.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void beyondTheRateTheSearchAnswers429WithRetryAfter() throws Exception {
        RateLimits limits = new RateLimits(5);
        for (int i = 0; i < 5; i++) {
            assertThat(request(limits, "/search", "10.0.0.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = request(limits, "/search", "10.0.0.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 12);

        assertThat(request(limits, "/search", "10.0.0.2").getStatus()).as("another client").isEqualTo(200);
        assertThat(request(limits, "/trainings", "10.0.0.1").getStatus()).as("a page").isEqualTo(200);
        assertThat(request(limits, "/ja/search", "10.0.0.1").getStatus()).as("in Japanese too").isEqualTo(429);
        MockHttpServletResponse api = request(limits, "/api/v1/trainings", "10.0.0.1");
        assertThat(api.getStatus()).isEqualTo(429);
        assertThat(api.getContentType()).as("the API's errors are problem details").startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"status\":429");
        assertThat(api.getHeader("Retry-After")).isNotBlank();
        assertThat(request(limits, "/searching", "10.0.0.1").getStatus()).isEqualTo(200);
    }

    @Test
    void theBucketRefillsOverTime() {
        RateLimits.Bucket bucket = new RateLimits.Bucket(60);
        long now = System.nanoTime();
        for (int i = 0; i < 60; i++) {
            assertThat(bucket.take(now)).isZero();
        }
        assertThat(bucket.take(now)).as("empty: about a second to wait").isBetween(900_000_000L, 1_000_000_000L);
        assertThat(bucket.take(now + 1_000_000_000L)).as("a second later, one more").isZero();
    }
}
