package org.peacerecord.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Optional;

/**
 * The steps of a sign-in (kept by the security feature): a page of the account that completes one — choosing one's own
 * password in place of a temporary one — asks where the browser goes next.
 */
public interface SignInSteps {

    /** When the session was at a sign-in step, moves it on and returns where to go next; otherwise empty. */
    Optional<String> stepCompleted(HttpServletRequest request, HttpServletResponse response);
}
