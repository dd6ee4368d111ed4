package org.peacerecord.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.peacerecord.admin.form.RecordForm;
import org.peacerecord.source.CitedRecord;
import org.peacerecord.web.FlashMessage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.peacerecord.web.TextInput;
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
 * The editor pages of one record type, the same for every type; each feature subclasses it with its
 * {@code @RequestMapping("/admin/<path>")} and its {@link RecordEditor} (e.g. {@code MissionAdminController}).
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
public abstract class RecordEditorController<E extends CitedRecord, F extends RecordForm> {

    static final String FORM = "form";
    /** The submit button that adds a citation row instead of saving ("passage" or "source"). */
    static final String ADD_ROW = "addRow";

    private final RecordEditor<E, F> editor;
    private final RecordEditingService editing;

    protected RecordEditorController(RecordEditor<E, F> editor, RecordEditingService editing) {
        this.editor = editor;
        this.editing = editing;
    }

    /** Trims text (blank is null; control characters refused) and never binds identity or audit fields. */
    @InitBinder(FORM)
    void initBinder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, TextInput.editor(true));
        binder.setDisallowedFields("id", "createdAt", "createdBy", "updatedAt", "updatedBy");
    }

    @ModelAttribute("type")
    String type() {
        return editor.path();
    }

    @GetMapping
    String list(@RequestParam Map<String, String> params, Model model) {
        model.addAttribute("list", editing.list(editor, ListQuery.from(params)));
        return "admin/record/list";
    }

    @GetMapping("/new")
    String newRecord(Model model) {
        F form = editor.newForm();
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
        editing.validate(editor, form, null, result);
        if (!result.hasErrors()) {
            try {
                Saved saved = editing.create(editor, form);
                flash("admin.flash.created", saved.label()).flash(redirect);
                return "redirect:/admin/" + editor.path() + "/" + saved.id() + "/edit";
            } catch (DataIntegrityViolationException e) {
                result.reject("admin.validation.database");
            }
        }
        form.addEmptyRows();
        return showForm(null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        F form = editing.form(editor, id);
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
        editing.validate(editor, form, id, result);
        if (!result.hasErrors()) {
            request.setAttribute(AdminConflictAdvice.SUBMITTED, new AdminConflictAdvice.Submitted(editor, id, form));
            try {
                Saved saved = editing.update(editor, id, form);
                flash("admin.flash.saved", saved.label()).flash(redirect);
                return "redirect:/admin/" + editor.path() + "/" + id + "/edit";
            } catch (DataIntegrityViolationException e) {
                result.reject("admin.validation.database");
            }
        }
        form.addEmptyRows();
        return showForm(id, model);
    }

    @GetMapping("/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("deletion", editing.deletion(editor, id));
        return "admin/record/delete";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            String label = editing.delete(editor, id);
            flash("admin.flash.deleted", label).flash(redirect);
            return "redirect:/admin/" + editor.path();
        } catch (RecordInUseException | DataIntegrityViolationException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return confirmDelete(id, model);
        }
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, Model model) {
        model.addAttribute("history", editing.history(editor, id));
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
        model.addAttribute("recordLabel", id == null ? null : editing.label(editor, id));
        RecordEditingService.FormOptions options = editing.formOptions(editor);
        model.addAttribute("options", options.options());
        model.addAttribute("passageTexts", options.passageTexts());
        model.addAttribute("fieldOrder", editor.fields());
        return editor.formView();
    }

    /** "Mission UNTAC saved.": the type's name in the reader's language, the record's label. */
    private FlashMessage flash(String key, String label) {
        return FlashMessage.success(key, FlashMessage.message("admin." + editor.path() + ".one"), label);
    }
}
