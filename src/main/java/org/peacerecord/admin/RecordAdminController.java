package org.peacerecord.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.peacerecord.admin.form.RecordForm;
import org.peacerecord.admin.history.RecordHistory;
import org.peacerecord.shared.BaseEntity;
import org.peacerecord.source.Cited;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/**
 * The admin pages of one record type, the same for every type; each feature subclasses it with its
 * {@code @RequestMapping("/admin/<path>")} and its {@link RecordAdmin} (e.g. {@code MissionAdminController}).
 * <ul>
 *   <li>{@code GET /admin/<path>} list (search {@code q}, filters, {@code sort}, {@code page})</li>
 *   <li>{@code GET /admin/<path>/new}, {@code POST /admin/<path>} create</li>
 *   <li>{@code GET /admin/<path>/{id}/edit}, {@code POST /admin/<path>/{id}} update</li>
 *   <li>{@code GET /admin/<path>/{id}/delete} confirm, {@code POST /admin/<path>/{id}/delete} delete</li>
 *   <li>{@code GET /admin/<path>/{id}/history} history</li>
 * </ul>
 * Forms post, then redirect with a message in the editor's language (POST-redirect-GET). An invalid form is
 * shown again with the editor's input and its errors; a save that lost a race shows the conflict page (409,
 * {@link AdminConflictAdvice}).
 */
public abstract class RecordAdminController<E extends BaseEntity & Cited, F extends RecordForm> {

    static final String FORM = "form";
    /** The submit button that adds a citation row instead of saving ("passage" or "source"). */
    static final String ADD_ROW = "addRow";

    private final RecordAdmin<E, F> admin;
    private final RecordAdminService service;
    private final RecordHistory history;
    private final MessageSource messages;

    protected RecordAdminController(RecordAdmin<E, F> admin, RecordAdminServices services) {
        this.admin = admin;
        this.service = services.records();
        this.history = services.history();
        this.messages = services.messages();
    }

    /** Trims text (blank is null) and never binds identity or audit fields, whatever a request carries. */
    @InitBinder(FORM)
    void initBinder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.setDisallowedFields("id", "createdAt", "createdBy", "updatedAt", "updatedBy");
    }

    @ModelAttribute("type")
    String type() {
        return admin.path();
    }

    @GetMapping
    String list(@RequestParam Map<String, String> params, Model model) {
        model.addAttribute("list", service.list(admin, ListQuery.from(params)));
        return "admin/record/list";
    }

    @GetMapping("/new")
    String newRecord(Model model) {
        F form = admin.newForm();
        form.addEmptyRows();
        model.addAttribute(FORM, form);
        return showForm(null, model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute(FORM) F form, BindingResult result,
                  @RequestParam(name = ADD_ROW, required = false) String addRow,
                  Model model, RedirectAttributes redirect) {
        if (addRow != null) {
            return withAddedRow(form, addRow, null, model);
        }
        service.validate(admin, form, null, result);
        if (!result.hasErrors()) {
            try {
                Saved saved = service.create(admin, form);
                redirect.addFlashAttribute("flash", message("admin.flash.created", saved.label()));
                return "redirect:/admin/" + admin.path() + "/" + saved.id() + "/edit";
            } catch (DataIntegrityViolationException e) {
                result.reject("admin.validation.database");
            }
        }
        form.addEmptyRows();
        return showForm(null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        F form = service.form(admin, id);
        form.addEmptyRows();
        model.addAttribute(FORM, form);
        return showForm(id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute(FORM) F form, BindingResult result,
                  @RequestParam(name = ADD_ROW, required = false) String addRow,
                  Model model, RedirectAttributes redirect, HttpServletRequest request) {
        if (addRow != null) {
            return withAddedRow(form, addRow, id, model);
        }
        service.validate(admin, form, id, result);
        if (!result.hasErrors()) {
            request.setAttribute(AdminConflictAdvice.SUBMITTED, new AdminConflictAdvice.Submitted(admin, id, form));
            try {
                Saved saved = service.update(admin, id, form);
                redirect.addFlashAttribute("flash", message("admin.flash.saved", saved.label()));
                return "redirect:/admin/" + admin.path() + "/" + id + "/edit";
            } catch (DataIntegrityViolationException e) {
                result.reject("admin.validation.database");
            }
        }
        form.addEmptyRows();
        return showForm(id, model);
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("deletion", service.deletion(admin, id));
        return "admin/record/delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            String label = service.delete(admin, id);
            redirect.addFlashAttribute("flash", message("admin.flash.deleted", label));
            return "redirect:/admin/" + admin.path();
        } catch (RecordInUseException | DataIntegrityViolationException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return confirmDelete(id, model);
        }
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, Model model) {
        model.addAttribute("history", history.of(admin, id));
        return "admin/record/history";
    }

    /** The add-row buttons re-show the form with one more empty row; nothing is validated or saved. */
    private String withAddedRow(F form, String kind, Long id, Model model) {
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + FORM);
        form.addRow(kind);
        return showForm(id, model);
    }

    private String showForm(Long id, Model model) {
        model.addAttribute("recordId", id);
        model.addAttribute("recordLabel", id == null ? null : service.label(admin, id));
        RecordAdminService.FormOptions options = service.formOptions(admin);
        model.addAttribute("options", options.options());
        model.addAttribute("passageTexts", options.passageTexts());
        model.addAttribute("fieldOrder", admin.fields());
        return "admin/" + admin.path() + "/form";
    }

    private String message(String code, String label) {
        String type = messages.getMessage("admin." + admin.path() + ".one", null, LocaleContextHolder.getLocale());
        return messages.getMessage(code, new Object[]{type, label}, LocaleContextHolder.getLocale());
    }
}
