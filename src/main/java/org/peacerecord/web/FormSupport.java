package org.peacerecord.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.thymeleaf.spring6.util.DetailedError;

import java.util.Comparator;
import java.util.List;

/**
 * Helpers for the form fragments ({@code fragments/form.html}), as {@code ${#forms.id('start.year')}}: the element
 * id of a field ("start-year", "passages-0-number"), so that labels, error messages and the error summary's links
 * all point at the same element; the order of errors; the label of the field an error belongs to.
 */
@TemplateHelper("forms")
public class FormSupport {

    /** Field labels live in the bundle as {@code field.<name>}. */
    public static final String LABEL_PREFIX = "field.";

    private final MessageSource messages;

    FormSupport(MessageSource messages) {
        this.messages = messages;
    }

    public String id(String field) {
        return field == null ? "" : field.replace("].", "-").replace('[', '-').replace(']', '-').replace('.', '-');
    }

    /** The value of aria-describedby for an input with an optional hint and error (null when neither). */
    public String describedBy(String id, boolean hint, boolean error) {
        String value = ((hint ? id + "-hint " : "") + (error ? id + "-error" : "")).trim();
        return value.isEmpty() ? null : value;
    }

    /**
     * The form's errors in the order of the fields on the page (the order of {@code fields}: a list of field names
     * or one string of them separated by commas; nested rows such as citations after them), form-wide errors first:
     * the error summary reads like the form.
     */
    public List<DetailedError> ordered(List<DetailedError> errors, Object fields) {
        List<String> order = fields instanceof String names ? List.of(names.split(","))
                : fields instanceof List<?> names ? names.stream().map(String::valueOf).toList() : List.of();
        return errors.stream().sorted(Comparator.comparingInt(error -> position(error, order))).toList();
    }

    private static int position(DetailedError error, List<String> fields) {
        if (error.isGlobal()) {
            return -1;
        }
        String root = root(error.getFieldName());
        int index = fields.indexOf(root);
        return index >= 0 ? index : fields.size() + (root.equals("passages") ? 0 : 1);
    }

    /**
     * The label of the field an error path starts with ("passages[2].number" is labelled as "passages"), or null
     * when the field has none in the bundle (its messages then name what is wrong on their own).
     */
    public String label(String field) {
        if (field == null || field.isEmpty()) {
            return null;
        }
        return messages.getMessage(LABEL_PREFIX + root(field), null, null, LocaleContextHolder.getLocale());
    }

    private static String root(String field) {
        return field.split("[.\\[]", 2)[0];
    }
}
