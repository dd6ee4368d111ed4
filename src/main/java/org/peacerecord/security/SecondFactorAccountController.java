package org.peacerecord.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.peacerecord.user.SecondFactors;
import org.peacerecord.user.SecondFactors.SignInState;
import org.peacerecord.user.Totp;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.List;

/**
 * One's own second factor: enrolment (the secret, as a link and as text for the authenticator app, confirmed by a code
 * it made; then ten recovery codes, shown once), its status, and new recovery codes. An account that must enrol is
 * sent here at sign-in, before anything else is open to it.
 */
@Controller
@RequestMapping(SignInStages.ENROL_URL)
class SecondFactorAccountController {

    private static final String PENDING_SECRET = SecondFactorAccountController.class.getName() + ".secret";
    private static final String ENROL = "security/enrol";
    private static final String STATUS = "security/second-factor-status";
    private static final String CODES = "security/recovery-codes";

    private final SecondFactors secondFactors;
    private final SignInStages stages;

    SecondFactorAccountController(SecondFactors secondFactors, SignInStages stages) {
        this.secondFactors = secondFactors;
        this.stages = stages;
    }

    @GetMapping
    String page(Authentication authentication, HttpSession session, Model model) {
        SignInState state = secondFactors.state(authentication.getName());
        if (state.enrolled()) {
            model.addAttribute("codeForm", new CodeForm());
            return status(state.username(), model);
        }
        model.addAttribute("codeForm", new CodeForm());
        return enrolment(authentication, session, model);
    }

    private String enrolment(Authentication authentication, HttpSession session, Model model) {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("otpauth", Totp.uri(SecondFactors.ISSUER, authentication.getName(), secret));
        model.addAttribute("atStep", SignInStages.stepUrl(authentication).isPresent());
        return ENROL;
    }

    @PostMapping
    String enrol(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result, Authentication authentication,
                 HttpSession session, Model model, HttpServletRequest request, HttpServletResponse response) {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secondFactors.state(authentication.getName()).enrolled() || secret == null) {
            return "redirect:" + SignInStages.ENROL_URL;
        }
        if (result.hasErrors()) {
            return enrolment(authentication, session, model);
        }
        List<String> codes = secondFactors.enrol(authentication.getName(), secret, form.getCode(), session.getId());
        if (codes.isEmpty()) {
            result.rejectValue("code", "secondFactor.code.wrong");
            return enrolment(authentication, session, model);
        }
        session.removeAttribute(PENDING_SECRET);
        // The code from the new authenticator is the second factor of this sign-in.
        model.addAttribute("codes", codes);
        model.addAttribute("next", stages.advance(request, response, true));
        return CODES;
    }

    private String status(String username, Model model) {
        model.addAttribute("codesLeft", secondFactors.recoveryCodesLeft(username));
        return STATUS;
    }

    /** New recovery codes, after a current code from the app (a signed-in session alone is not enough). */
    @PostMapping("/recovery-codes")
    String newRecoveryCodes(@Valid @ModelAttribute("codeForm") CodeForm form, BindingResult result,
                            Authentication authentication, Model model) {
        if (!secondFactors.state(authentication.getName()).enrolled()) {
            return "redirect:" + SignInStages.ENROL_URL;
        }
        if (result.hasErrors()) {
            return status(authentication.getName(), model);
        }
        List<String> codes = secondFactors.regenerateRecoveryCodes(authentication.getName(), form.getCode());
        if (codes.isEmpty()) {
            result.rejectValue("code", "secondFactor.code.wrong");
            return status(authentication.getName(), model);
        }
        model.addAttribute("codes", codes);
        model.addAttribute("next", SignInStages.ENROL_URL);
        return CODES;
    }
}
