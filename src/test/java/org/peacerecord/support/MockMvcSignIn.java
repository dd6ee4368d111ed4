package org.peacerecord.support;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A real sign-in through MockMvc — the password, then the second factor when the account asks for it. */
public final class MockMvcSignIn {

    private MockMvcSignIn() {
    }

    /** The session cookie of the signed-in browser and where the sign-in sent it. */
    public record Result(Cookie session, String location) {
    }

    public static Result signIn(MockMvc mvc, TestAccounts accounts, String username, String password) throws Exception {
        MockHttpServletResponse login = mvc.perform(formLogin("/login").user(username).password(password))
                .andReturn().getResponse();
        Cookie session = login.getCookie("SESSION");
        String location = login.getRedirectedUrl();
        if (location == null || !location.endsWith("/login/second-factor")) {
            return new Result(session, location);
        }
        MockHttpServletResponse code = mvc.perform(post("/login/second-factor").cookie(session).with(csrf())
                .param("code", accounts.code(username))).andReturn().getResponse();
        Cookie renewed = code.getCookie("SESSION");
        return new Result(renewed != null ? renewed : session, code.getRedirectedUrl());
    }
}
