package org.peacerecord.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

import java.io.IOException;

/**
 * After the password: on to the account's next sign-in step (the page first asked for stays remembered), or, when
 * there is none, signed in.
 */
class SignInSuccess implements AuthenticationSuccessHandler {

    private final SignInStages stages;

    SignInSuccess(SignInStages stages) {
        this.stages = stages;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        String next = SignInStages.stepUrl(authentication).orElseGet(() -> stages.signedIn(request, response, authentication));
        response.sendRedirect(response.encodeRedirectURL(next.startsWith("/") ? request.getContextPath() + next : next));
    }
}
