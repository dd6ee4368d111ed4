package org.peacerecord.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.peacerecord.security.SignInThrottle.Budget;
import org.peacerecord.user.SecondFactors;
import org.peacerecord.user.SecondFactors.Check;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The second step of a sign-in for an account with a second factor: a code from the authenticator app, or one of the
 * recovery codes. Wrong codes use up the account's code budget; when it is used up, the half-done sign-in ends and
 * the password must be given again.
 */
@Controller
@RequestMapping(SignInStages.SECOND_FACTOR_URL)
class SecondFactorController {

    private static final Logger AUDIT = LoggerFactory.getLogger(SecurityAudit.LOGGER);
    private static final String VIEW = "security/second-factor";

    private final SecondFactors secondFactors;
    private final SignInStages stages;
    private final SignInThrottle throttle;
    private final SecurityAudit audit;

    SecondFactorController(SecondFactors secondFactors, SignInStages stages, SignInThrottle throttle, SecurityAudit audit) {
        this.audit = audit;
        this.secondFactors = secondFactors;
        this.stages = stages;
        this.throttle = throttle;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("codeForm", new CodeForm());
        return VIEW;
    }

    @PostMapping
    String check(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result, Authentication authentication,
                 HttpServletRequest request, HttpServletResponse response) {
        if (result.hasErrors()) {
            return VIEW;
        }
        String username = authentication.getName();
        String key = SignInThrottle.usernameKey(username);
        if (!throttle.reserve(Budget.CODE, key)) {
            return giveUp(username, request, response);
        }
        Check check = secondFactors.verify(username, form.getCode());
        if (check == Check.WRONG) {
            AUDIT.warn("event=second_factor_failure username={} address={}", username, request.getRemoteAddr());
            audit.keep("second_factor_failure", username, request.getRemoteAddr(), null);
            if (throttle.failed(Budget.CODE, key)) {
                return giveUp(username, request, response);
            }
            result.rejectValue("code", "secondFactor.code.wrong");
            return VIEW;
        }
        throttle.succeeded(Budget.CODE, key);
        String factor = check == Check.TOTP ? "totp" : "recovery_code";
        AUDIT.info("event=second_factor_success username={} address={} factor={}", username, request.getRemoteAddr(), factor);
        audit.keep("second_factor_success", username, request.getRemoteAddr(), factor);
        return "redirect:" + stages.advance(request, response, true);
    }

    /** Too many wrong codes: this half-done sign-in ends; the password must be given again (and counts again). */
    private String giveUp(String username, HttpServletRequest request, HttpServletResponse response) {
        AUDIT.warn("event=lockout username={} address={} scope=second_factor", username, request.getRemoteAddr());
        audit.keep("lockout", username, request.getRemoteAddr(), "second_factor");
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/login?error";
    }
}
