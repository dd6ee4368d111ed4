package org.peacerecord.user;

import jakarta.validation.Valid;
import org.peacerecord.user.UserAccounts.Outcome;
import org.peacerecord.user.UserAccounts.UserSummary;
import org.peacerecord.web.EnumLabels;
import org.peacerecord.web.FlashMessage;
import org.peacerecord.web.Option;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;
import java.util.List;

/** Admins manage accounts: list, create, change role, disable/enable, reset a password. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('" + Role.ADMIN_NAME + "')")
class UserAdminController {

    private static final String LIST = "user/list";
    private static final String NEW = "user/new";
    private static final String MANAGE = "user/manage";

    private final UserAccounts accounts;
    private final EnumLabels enums;
    private final AccountGuards guards;
    private final SecondFactors secondFactors;
    private final ApplicationEventPublisher events;

    UserAdminController(UserAccounts accounts, EnumLabels enums, AccountGuards guards, SecondFactors secondFactors,
                        ApplicationEventPublisher events) {
        this.events = events;
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.enums = enums;
        this.guards = guards;
    }

    /** The roles as the role selects offer them, in the admin's language. */
    @ModelAttribute("roleOptions")
    List<Option> roleOptions() {
        return enums.options(Role.class);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", accounts.list());
        return LIST;
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("newUserForm", new NewUserForm());
        return NEW;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("newUserForm") NewUserForm form, BindingResult result, Principal principal,
                  RedirectAttributes redirect) {
        Passwords.checkConfirmation(form.getPassword(), form.getConfirmation(), result);
        Passwords.checkAgainstUsername("password", form.getPassword(), form.getUsername(), result);
        if (!result.hasFieldErrors("username") && accounts.usernameTaken(form.getUsername())) {
            result.rejectValue("username", "users.username.taken");
        }
        if (result.hasErrors()) {
            return NEW;
        }
        long id;
        try {
            id = accounts.create(form.getUsername(), form.getRole(), form.getPassword(), principal.getName());
        } catch (DataIntegrityViolationException raceLost) {
            result.rejectValue("username", "users.username.taken");
            return NEW;
        }
        FlashMessage.success("users.flash.created", form.getUsername()).flash(redirect);
        redirect.addAttribute("id", id);
        return "redirect:/admin/users/{id}";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Principal principal) {
        return manage(id, new RoleForm(), new PasswordResetForm(), model, principal);
    }

    @PostMapping("/{id}/role")
    String changeRole(@PathVariable long id, @Valid @ModelAttribute("roleForm") RoleForm form, BindingResult result,
                      Model model, Principal principal, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return manage(id, form, new PasswordResetForm(), model, principal);
        }
        Outcome outcome = accounts.changeRole(id, form.getRole(), principal.getName());
        return done(outcome, "users.flash.roleChanged", id, redirect);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        return done(accounts.setEnabled(id, false, principal.getName()), "users.flash.disabled", id, redirect);
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        return done(accounts.setEnabled(id, true, principal.getName()), "users.flash.enabled", id, redirect);
    }

    /** Lifts the pause that failed sign-ins put on the username (the editor is locked out by someone else's guesses). */
    @PostMapping("/{id}/unpause")
    String liftPause(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        UserSummary user = accounts.get(id);
        guards.lift(user.username());
        events.publishEvent(AccountAudit.of("sign_in_pause_lifted", principal.getName(), user.username()));
        return done(Outcome.DONE, "users.flash.unpaused", id, redirect);
    }

    /** Removes the user's second factor (a lost phone): they set up a new one at their next sign-in. */
    @PostMapping("/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        return done(secondFactors.reset(id, principal.getName()), "users.flash.secondFactorReset", id, redirect);
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordResetForm") PasswordResetForm form,
                         BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
        Passwords.checkConfirmation(form.getNewPassword(), form.getConfirmation(), result);
        Passwords.checkAgainstUsername("newPassword", form.getNewPassword(), accounts.get(id).username(), result);
        if (result.hasErrors()) {
            return manage(id, new RoleForm(), form, model, principal);
        }
        return done(accounts.resetPassword(id, form.getNewPassword(), principal.getName()), "users.flash.passwordReset",
                id, redirect);
    }

    private String manage(long id, RoleForm roleForm, PasswordResetForm resetForm, Model model, Principal principal) {
        UserSummary user = accounts.get(id);
        if (roleForm.getRole() == null) {
            roleForm.setRole(user.role());
        }
        model.addAttribute("user", user);
        model.addAttribute("self", user.username().equals(principal.getName()));
        model.addAttribute("paused", guards.isPaused(user.username()));
        model.addAttribute("roleForm", roleForm);
        model.addAttribute("passwordResetForm", resetForm);
        return MANAGE;
    }

    private String done(Outcome outcome, String successKey, long id, RedirectAttributes redirect) {
        UserSummary user = accounts.get(id);
        FlashMessage message = switch (outcome) {
            case DONE -> FlashMessage.success(successKey, user.username());
            case SELF -> FlashMessage.problem("users.flash.self");
            case LAST_ADMIN -> FlashMessage.problem("users.flash.lastAdmin");
            case WRONG_PASSWORD, TOO_MANY_ATTEMPTS, SAME_PASSWORD -> throw new IllegalStateException("not a password change");
        };
        message.flash(redirect);
        redirect.addAttribute("id", id);
        return "redirect:/admin/users/{id}";
    }
}
