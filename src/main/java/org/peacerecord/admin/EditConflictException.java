package org.peacerecord.admin;

import org.peacerecord.admin.form.RecordForm;

/** The record was saved by someone else since the editor opened it: nothing is overwritten (409). */
public class EditConflictException extends RuntimeException {

    private final transient RecordAdmin<?, ?> admin;
    private final long id;
    private final transient RecordForm form;

    public EditConflictException(RecordAdmin<?, ?> admin, long id, RecordForm form) {
        super(admin.path() + " " + id + " was changed since version " + form.getVersion());
        this.admin = admin;
        this.id = id;
        this.form = form;
    }

    public RecordAdmin<?, ?> admin() {
        return admin;
    }

    public long id() {
        return id;
    }

    public RecordForm form() {
        return form;
    }
}
