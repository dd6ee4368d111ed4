package org.peacerecord.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;

import static org.assertj.core.api.Assertions.assertThat;

/** On an HTTPS-only deployment the session cookie is a __Host- cookie: Secure, path /, no Domain. */
class CookieNamesTest {

    private static String sessionCookie(boolean httpsOnly, boolean secureRequest) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSecure(secureRequest);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new CookieNames(httpsOnly).sessionCookie().writeCookieValue(new CookieValue(request, response, "abc"));
        return response.getHeader("Set-Cookie");
    }

    @Test
    void httpsOnlyGivesAHostPrefixedSecureCookie() {
        assertThat(sessionCookie(true, false)).startsWith("__Host-SESSION=").contains("Path=/").contains("Secure")
                .contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Domain");
        assertThat(new CookieNames(true).device()).isEqualTo("__Secure-device");
    }

    @Test
    void otherwiseSessionIsSecureWheneverTheRequestIs() {
        assertThat(sessionCookie(false, false)).startsWith("SESSION=").contains("HttpOnly").doesNotContain("Secure");
        assertThat(sessionCookie(false, true)).startsWith("SESSION=").contains("Secure");
    }
}
