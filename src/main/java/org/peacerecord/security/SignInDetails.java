package org.peacerecord.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.io.Serial;

/**
 * What a sign-in attempt carries beside the username and password: the client address (honouring a trusted proxy's
 * X-Forwarded-For) and, when the browser holds a device cookie that completed a sign-in for this username, the key
 * of that device's own failure budget.
 */
class SignInDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient String deviceKey;

    SignInDetails(HttpServletRequest request, String deviceKey) {
        super(request);
        this.deviceKey = deviceKey;
    }

    /** The trusted device's budget key, or null for a browser not trusted for this username. */
    String deviceKey() {
        return deviceKey;
    }

    static AuthenticationDetailsSource<HttpServletRequest, SignInDetails> source(TrustedDevices devices) {
        return request -> new SignInDetails(request, devices.deviceKey(request, request.getParameter("username")));
    }
}
