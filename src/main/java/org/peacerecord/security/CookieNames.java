package org.peacerecord.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The names and flags of the app's two cookies. On a deployment reached only over HTTPS
 * ({@code peace-record.security.https-only=true}) the session cookie is {@code __Host-SESSION} (the browser then
 * insists on Secure, path / and no Domain, so no other site or sub-domain can set or overwrite it) and the device
 * cookie {@code __Secure-device}; otherwise {@code SESSION} and {@code device}, Secure whenever the request is HTTPS.
 * The session cookie is always HttpOnly and SameSite=Lax.
 */
@Configuration(proxyBeanMethods = false)
class CookieNames {

    private final boolean httpsOnly;

    CookieNames(@Value("${peace-record.security.https-only:false}") boolean httpsOnly) {
        this.httpsOnly = httpsOnly;
    }

    boolean httpsOnly() {
        return httpsOnly;
    }

    String session() {
        return httpsOnly ? "__Host-SESSION" : "SESSION";
    }

    String device() {
        return httpsOnly ? "__Secure-device" : "device";
    }

    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(session());
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        if (httpsOnly) {
            cookie.setUseSecureCookie(true);
        }
        return cookie;
    }
}
