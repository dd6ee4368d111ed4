package org.peacerecord.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.peacerecord.admin.form.RecordForm;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The conflict page (409), Taming Thymeleaf style: someone else saved the record after the editor opened it.
 * Nothing was overwritten; the page sets the editor's input beside the record's current values so the editor
 * can redo the change on the current version. Reached from the version comparison before saving
 * ({@link EditConflictException}) and from JPA's {@code @Version} check when two saves race
 * ({@link ObjectOptimisticLockingFailureException}).
 */
@ControllerAdvice(assignableTypes = RecordEditorController.class)
class AdminConflictAdvice {

    /** Request attribute: what the editor submitted, set by the controller before it saves. */
    static final String SUBMITTED = AdminConflictAdvice.class.getName() + ".submitted";

    private final RecordEditingService service;
    private final RecordDescriber describer;

    AdminConflictAdvice(RecordEditingService service, RecordDescriber describer) {
        this.service = service;
        this.describer = describer;
    }

    @ExceptionHandler(EditConflictException.class)
    ModelAndView conflict(EditConflictException conflict) {
        return page(new Submitted(conflict.editor(), conflict.id(), conflict.form()));
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView lostRace(ObjectOptimisticLockingFailureException race, HttpServletRequest request) {
        if (request.getAttribute(SUBMITTED) instanceof Submitted submitted) {
            return page(submitted);
        }
        return new ModelAndView("error", Map.of("status", 409), HttpStatus.CONFLICT);
    }

    private ModelAndView page(Submitted submitted) {
        RecordForm current = currentForm(submitted);
        var options = service.formOptions(submitted.editor()).options();
        List<RecordDescriber.Field> yours = describer.describe(submitted.editor(), submitted.form(), options);
        List<RecordDescriber.Field> theirs = describer.describe(submitted.editor(), current, options);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < yours.size(); i++) {
            RecordDescriber.Field mine = yours.get(i);
            RecordDescriber.Field now = theirs.get(i);
            rows.add(new Row(mine.label(), mine.lines(), now.lines(), !mine.lines().equals(now.lines())));
        }
        return new ModelAndView("admin/record/conflict", Map.of(
                "type", submitted.editor().path(),
                "recordId", submitted.id(),
                "recordLabel", service.label(submitted.editor(), submitted.id()),
                "rows", rows), HttpStatus.CONFLICT);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private RecordForm currentForm(Submitted submitted) {
        return service.form((RecordEditor) submitted.editor(), submitted.id());
    }

    /** What an editor tried to save. */
    record Submitted(RecordEditor<?, ?> editor, long id, RecordForm form) {
    }

    /** One field on the conflict page: the editor's input and the current value. */
    public record Row(String label, List<String> yours, List<String> current, boolean differs) {
    }
}
