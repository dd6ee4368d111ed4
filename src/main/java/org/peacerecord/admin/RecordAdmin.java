package org.peacerecord.admin;

import org.peacerecord.admin.form.RecordForm;
import org.peacerecord.shared.BaseEntity;
import org.peacerecord.source.Cited;
import org.springframework.validation.Errors;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the admin needs to know about one record type: its form, how a record and its form map onto each
 * other, how it is listed, what it refers to. Each feature implements it beside its form
 * ({@code mission.admin.MissionAdmin}); lists, saving, conflicts, deletion and history are shared.
 * Citations and the version are handled for every type alike and are not part of these mappings.
 *
 * @param <E> the record
 * @param <F> its form
 */
public interface RecordAdmin<E extends BaseEntity & Cited, F extends RecordForm> {

    /** URL segment under /admin, template folder under admin/ and message key part: "missions". */
    String path();

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

    /**
     * Choices for the form's select fields, keyed by field name (references such as {@code missionId}, enums
     * such as {@code kind}); submitted values must be among them.
     */
    Map<String, List<Option>> options(Locale locale);

    ListSpec<E> listSpec();

    /** Form fields that are unique among records (case-insensitive); each names the entity attribute too. */
    default List<String> uniqueFields() {
        return List.of();
    }

    /** The references this type holds to other records (or to its own type). */
    default List<Reference> references() {
        return List.of();
    }

    /** Checks beyond Bean Validation that need the database (e.g. no region is its own ancestor). */
    default void validate(F form, Long id, Errors errors) {
    }
}
