package org.peacerecord.admin;

import org.peacerecord.admin.form.RecordForm;

/** The record was saved by someone else since the editor opened it: nothing is overwritten (409). */
public class EditConflictException extends RuntimeException {

    private final transient RecordEditor<?, ?> editor;
    private final long id;
    private final transient RecordForm form;

    public EditConflictException(RecordEditor<?, ?> editor, long id, RecordForm form) {
        super(editor.path() + " " + id + " was changed since version " + form.getVersion());
        this.editor = editor;
        this.id = id;
        this.form = form;
    }

    public RecordEditor<?, ?> editor() {
        return editor;
    }

    public long id() {
        return id;
    }

    public RecordForm form() {
        return form;
    }
}
