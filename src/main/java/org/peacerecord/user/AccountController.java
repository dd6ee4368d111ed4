package org.peacerecord.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.peacerecord.user.UserAccounts.Outcome;
import org.peacerecord.web.FlashMessage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;

/** Any signed-in user changes their own password. */
@Controller
@RequestMapping("/account/password")
class AccountController {

    private static final String VIEW = "user/password";

    private final UserAccounts accounts;
    private final SignInSteps steps;

    AccountController(UserAccounts accounts, SignInSteps steps) {
        this.accounts = accounts;
        this.steps = steps;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("passwordChangeForm", new PasswordChangeForm());
        return VIEW;
    }

    @PostMapping
    String change(@Valid @ModelAttribute("passwordChangeForm") PasswordChangeForm form, BindingResult result,
                  Principal principal, HttpSession session, RedirectAttributes redirect, HttpServletRequest request,
                  HttpServletResponse response) {
        Passwords.checkConfirmation(form.getNewPassword(), form.getConfirmation(), result);
        Passwords.checkAgainstUsername("newPassword", form.getNewPassword(), principal.getName(), result);
        if (result.hasErrors()) {
            return VIEW;
        }
        Outcome outcome = accounts.changeOwnPassword(principal.getName(), form.getCurrentPassword(),
                form.getNewPassword(), session.getId());
        switch (outcome) {
            case WRONG_PASSWORD -> result.rejectValue("currentPassword", "account.password.current.wrong");
            case TOO_MANY_ATTEMPTS -> result.rejectValue("currentPassword", "account.password.current.tooMany");
            case SAME_PASSWORD -> result.rejectValue("newPassword", "account.password.same");
            default -> { }
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        FlashMessage.success("account.password.flash.changed").flash(redirect);
        return "redirect:" + steps.stepCompleted(request, response).orElse("/account/password");
    }
}
