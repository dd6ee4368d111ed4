package org.peacerecord.admin;

import org.peacerecord.admin.form.RecordForm;
import org.peacerecord.web.FormSupport;
import org.peacerecord.web.Option;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A form's content as labelled text, field by field in the type's order, citations last: what the conflict
 * page sets side by side and what the history page compares revision by revision. Collections (themes,
 * citations) are one line per element, so that changes can be shown as lines added and removed.
 */
@Component
public class RecordDescriber {

    public static final String CITATIONS = "citations";

    private final AdminFormat format;
    private final MessageSource messages;

    RecordDescriber(AdminFormat format, MessageSource messages) {
        this.format = format;
        this.messages = messages;
    }

    public List<Field> describe(RecordEditor<?, ?> editor, RecordForm form, Map<String, List<Option>> options) {
        BeanWrapperImpl bean = new BeanWrapperImpl(form);
        List<Field> fields = new ArrayList<>();
        for (String name : editor.fields()) {
            Object value = bean.getPropertyValue(name);
            List<Option> choices = options.get(name);
            List<String> lines;
            if (value instanceof Collection<?> values) {
                lines = values.stream().map(v -> format.text(v, choices)).sorted().toList();
            } else {
                String text = format.text(value, choices);
                lines = text.isEmpty() ? List.of() : List.of(text);
            }
            fields.add(new Field(name, label(name), lines, value instanceof Collection<?>));
        }
        List<String> citations = new ArrayList<>();
        form.filledPassages().stream().map(format::citation).forEach(citations::add);
        form.filledSources().stream().map(format::citation).forEach(citations::add);
        fields.add(new Field(CITATIONS, label(CITATIONS), citations, true));
        return fields;
    }

    public String label(String field) {
        return messages.getMessage(FormSupport.LABEL_PREFIX + field, null, field, LocaleContextHolder.getLocale());
    }

    /**
     * One described field.
     *
     * @param lines the value as text, one line per element; empty when the field is empty
     * @param list  whether the field is a collection (changes shown as lines added and removed)
     */
    public record Field(String name, String label, List<String> lines, boolean list) {

        public String text() {
            return String.join("\n", lines);
        }
    }

}
