package org.peacerecord.admin;

import org.peacerecord.web.TemplateHelper;

import java.util.List;
import java.util.Optional;

/** Every record type the editors' area edits ({@link RecordEditor} beans, in their {@code @Order}). */
@TemplateHelper("editorRegistry")
public class EditorRegistry {

    private final List<RecordEditor<?, ?>> editors;

    EditorRegistry(List<RecordEditor<?, ?>> editors) {
        this.editors = List.copyOf(editors);
    }

    public List<RecordEditor<?, ?>> all() {
        return editors;
    }

    /** The editor of a record type (by its entity class), if it is editable. */
    public Optional<RecordEditor<?, ?>> of(Class<?> entityType) {
        return editors.stream().filter(editor -> editor.entityType().equals(entityType)).findFirst();
    }
}
