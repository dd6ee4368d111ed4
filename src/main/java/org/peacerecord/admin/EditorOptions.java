package org.peacerecord.admin;

import jakarta.persistence.EntityManager;
import org.peacerecord.admin.form.Currencies;
import org.peacerecord.country.Countries;
import org.peacerecord.shared.Qualifier;
import org.peacerecord.source.CitedRecord;
import org.peacerecord.web.Option;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the selects and checkbox lists of a record type's form and list offer, keyed by field name, worked out
 * from the type itself: an enum field offers its constants (labelled in the editor's language), a reference
 * field the referenced type's records ({@link RecordEditor#choicesQuery()}), a Boolean filter yes and no, a
 * {@code countries} field the UN M49 countries (by name in the editor's language); every form also offers qualifiers
 * and currencies. Submitted values must be among these options.
 */
@Component
public class EditorOptions {

    private final EntityManager entityManager;
    private final EditorRegistry editors;
    private final AdminFormat format;

    EditorOptions(EntityManager entityManager, EditorRegistry editors, AdminFormat format) {
        this.entityManager = entityManager;
        this.editors = editors;
        this.format = format;
    }

    /** The options of the type's form fields and list filters. One query per reference. */
    @Transactional(readOnly = true)
    public Map<String, List<Option>> of(RecordEditor<?, ?> editor) {
        return of(editor, field -> true);
    }

    /**
     * The options the type's list needs: those of its filters and of the columns it shows. One query per reference
     * among them (a form's other references are not read for a list).
     */
    @Transactional(readOnly = true)
    public Map<String, List<Option>> forList(RecordEditor<?, ?> editor) {
        java.util.Set<String> shown = new java.util.HashSet<>();
        editor.listSpec().filters().forEach(filter -> shown.add(filter.name()));
        editor.listSpec().columns().forEach(column -> shown.add(column.field()));
        return of(editor, shown::contains);
    }

    private Map<String, List<Option>> of(RecordEditor<?, ?> editor, java.util.function.Predicate<String> needed) {
        Map<String, List<Option>> options = new LinkedHashMap<>();
        BeanWrapperImpl form = new BeanWrapperImpl(editor.newForm());
        for (String field : editor.fields()) {
            Class<?> type = form.getPropertyType(field);
            if (type != null && type.isEnum()) {
                options.put(field, enumOptions(type));
            }
        }
        for (ListSpec.Filter filter : editor.listSpec().filters()) {
            if (filter.type().isEnum()) {
                options.putIfAbsent(filter.name(), enumOptions(filter.type()));
            } else if (filter.type() == Boolean.class) {
                options.putIfAbsent(filter.name(), List.of(Option.of(true, format.text(true)), Option.of(false, format.text(false))));
            }
        }
        for (Reference reference : editor.references()) {
            if (needed.test(reference.field())) {
                options.put(reference.field(), choices(reference.target()));
            }
        }
        options.putIfAbsent("qualifier", format.options(Qualifier.class));
        options.putIfAbsent("currency", Currencies.codes().stream().map(code -> Option.of(code, code)).toList());
        if (editor.fields().contains("countries")) {
            Locale locale = LocaleContextHolder.getLocale();
            options.put("countries", Countries.all().sorted(locale).stream()
                    .map(country -> Option.of(country.code(), country.name(locale))).toList());
        }
        return options;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Option> enumOptions(Class<?> type) {
        return format.options((Class) type);
    }

    private List<Option> choices(Class<?> target) {
        RecordEditor<?, ?> editor = editors.of(target)
                .orElseThrow(() -> new IllegalStateException("No editor for referenced type " + target.getName()));
        return choices(editor, LocaleContextHolder.getLocale());
    }

    private <E extends CitedRecord> List<Option> choices(RecordEditor<E, ?> editor, Locale locale) {
        return entityManager.createQuery(editor.choicesQuery(), editor.entityType()).getResultStream()
                .map(record -> Option.of(record.getId(), editor.choiceLabel(record, locale)))
                .toList();
    }
}
