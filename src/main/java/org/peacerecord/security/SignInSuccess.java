package org.peacerecord.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import java.io.IOException;

/** After a complete sign-in: the browser becomes trusted for the username, then goes where it was going. */
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final TrustedDevices devices;

    SignInSuccess(TrustedDevices devices) {
        this.devices = devices;
        setDefaultTargetUrl("/admin");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        devices.trust(request, response, authentication.getName());
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
