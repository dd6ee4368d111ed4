package org.peacerecord.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.peacerecord.user.SecondFactors;
import org.peacerecord.user.SecondFactors.SignInState;
import org.peacerecord.user.SignInSteps;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sign-in in steps. The password alone grants no role: it grants the next step the account needs — the second
 * factor (when enrolled), then a new password (when the current one is temporary), then enrolment of a second factor
 * (when required and missing) — each as a single STAGE_* authority that opens only that step's page. Only when every
 * step is done does the session get the account's role (and the marker FACTOR_SECOND_DONE when a second factor was
 * given), so nothing in the editors' area is reachable half-way.
 */
@Component
class SignInStages implements SignInSteps {

    static final String SECOND_FACTOR = "STAGE_SECOND_FACTOR";
    static final String PASSWORD_CHANGE = "STAGE_PASSWORD_CHANGE";
    static final String ENROL = "STAGE_ENROL";
    static final String SECOND_FACTOR_DONE = "FACTOR_SECOND_DONE";

    static final String SECOND_FACTOR_URL = "/login/second-factor";
    static final String PASSWORD_CHANGE_URL = "/account/password";
    static final String ENROL_URL = "/account/second-factor";

    private final SecondFactors secondFactors;
    private final TrustedDevices devices;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final RequestCache requests = new HttpSessionRequestCache();

    SignInStages(SecondFactors secondFactors, TrustedDevices devices) {
        this.secondFactors = secondFactors;
        this.devices = devices;
    }

    /** The authentication for where the account stands, after its password (and, if given, its second factor). */
    Authentication staged(Authentication authenticated, boolean secondFactorDone) {
        SignInState state = secondFactors.state(authenticated.getName());
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (state.enrolled() && !secondFactorDone) {
            authorities.add(new SimpleGrantedAuthority(SECOND_FACTOR));
        } else if (state.passwordTemporary()) {
            authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE));
        } else if (state.secondFactorRequired() && !state.enrolled()) {
            authorities.add(new SimpleGrantedAuthority(ENROL));
        } else {
            authorities.add(new SimpleGrantedAuthority(state.role().authority()));
        }
        if (secondFactorDone) {
            authorities.add(new SimpleGrantedAuthority(SECOND_FACTOR_DONE));
        }
        User principal = new User(state.username(), "", authorities);
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                authorities);
        token.setDetails(authenticated.getDetails());
        return token;
    }

    /** The page of the step this authentication is at, if it is at one. */
    static Optional<String> stepUrl(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            switch (authority.getAuthority()) {
                case SECOND_FACTOR -> {
                    return Optional.of(SECOND_FACTOR_URL);
                }
                case PASSWORD_CHANGE -> {
                    return Optional.of(PASSWORD_CHANGE_URL);
                }
                case ENROL -> {
                    return Optional.of(ENROL_URL);
                }
                default -> { }
            }
        }
        return Optional.empty();
    }

    static boolean secondFactorDone(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> SECOND_FACTOR_DONE.equals(authority.getAuthority()));
    }

    /**
     * A step was completed: the session's authentication moves on (a new session id when the second factor was just
     * given), and the answer is where the browser goes next — the next step, or, once signed in, the page it first
     * asked for (else the editors' area), with the browser trusted for the account.
     */
    String advance(HttpServletRequest request, HttpServletResponse response, boolean secondFactorJustGiven) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        Authentication next = staged(current, secondFactorJustGiven || secondFactorDone(current));
        if (secondFactorJustGiven) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(next);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return stepUrl(next).orElseGet(() -> signedIn(request, response, next));
    }

    @Override
    public Optional<String> stepCompleted(HttpServletRequest request, HttpServletResponse response) {
        if (stepUrl(SecurityContextHolder.getContext().getAuthentication()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(advance(request, response, false));
    }

    /** Where a complete sign-in lands: the browser is trusted for the account from now on. */
    String signedIn(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        devices.trust(request, response, authentication.getName());
        OwnSessions.describe(request);
        SavedRequest saved = requests.getRequest(request, response);
        if (saved != null) {
            requests.removeRequest(request, response);
            return saved.getRedirectUrl();
        }
        return "/admin";
    }
}
