package org.peacerecord.admin;

import org.peacerecord.admin.form.RecordForm;
import org.peacerecord.source.CitedRecord;
import org.springframework.validation.Errors;

import java.util.List;
import java.util.Locale;

/**
 * How the editors' area edits one record type: its form, how a record and its form map onto each other, how it
 * is listed, what it refers to, how it is offered as a choice in other types' forms. Each feature implements it
 * beside its form ({@code mission.admin.MissionEditor}) and subclasses {@link RecordEditorController}; lists,
 * saving, conflicts, deletion, history and the navigation of the editors' area are shared and read the
 * {@link EditorRegistry}. Citations and the version are handled for every type alike. Select options need no
 * code: enum fields offer their constants, reference fields ({@link #references()}) the referenced type's
 * {@linkplain #choicesQuery() choices}, Boolean filters yes and no.
 *
 * @param <E> the record
 * @param <F> its form
 */
public interface RecordEditor<E extends CitedRecord, F extends RecordForm> {

    /** URL segment under /admin and message key part: "missions" ({@code editor.missions.title}, …). */
    String path();

    /** The form's template, in the feature's template folder: "mission/form". */
    String formView();

    Class<E> entityType();

    F newForm();

    /** The record's own fields as a form (not its citations or version). */
    F toForm(E record);

    /** A new record from a valid form; {@link #apply} is called on it afterwards. */
    E newRecord(F form, References references);

    /** Copies a valid form onto the record (not its citations or version). */
    void apply(F form, E record, References references);

    /** How the record is named in messages and lists: "UNTAC". Must not touch lazy references. */
    String label(E record);

    /** The form's fields in display order, as named in the form: for the history and conflict pages. */
    List<String> fields();

    ListSpec<E> listSpec();

    /** Form fields that are unique among records (case-insensitive); each names the entity attribute too. */
    default List<String> uniqueFields() {
        return List.of();
    }

    /** The references this type holds to other records (or to its own type), with the form fields that set them. */
    default List<Reference> references() {
        return List.of();
    }

    /**
     * JPQL (alias {@code e}) selecting this type's records in the order other forms offer them as choices for a
     * reference, fetching what {@link #choiceLabel} reads.
     */
    default String choicesQuery() {
        return "select e from " + entityType().getSimpleName() + " e order by e.id";
    }

    /** How a record is offered as a choice: "UNTAC — United Nations Transitional Authority in Cambodia". */
    default String choiceLabel(E record, Locale locale) {
        return label(record);
    }

    /** Checks beyond Bean Validation that need the database (e.g. no region is its own ancestor). */
    default void validate(F form, Long id, Errors errors) {
    }
}
