package org.peacerecord.admin;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

import java.util.Comparator;
import java.util.List;

/**
 * Helpers for the admin form templates, as {@code ${@adminForms.id('start.year')}}: the element id of a
 * field ("start-year", "passages-0-number"), so that labels, error messages and the error summary's links
 * all point at the same element; and the label of the field an error belongs to.
 */
@Component("adminForms")
public class AdminForms {

    private final RecordDescriber describer;

    AdminForms(RecordDescriber describer) {
        this.describer = describer;
    }

    public String id(String field) {
        return field == null ? "" : field.replace("].", "-").replace('[', '-').replace(']', '-').replace('.', '-');
    }

    /**
     * The form's errors in the order of the fields on the page (the order of {@code fields}, citations last),
     * form-wide errors first: the error summary reads like the form.
     */
    public List<DetailedError> ordered(List<DetailedError> errors, List<String> fields) {
        return errors.stream().sorted(Comparator.comparingInt(error -> position(error, fields))).toList();
    }

    private static int position(DetailedError error, List<String> fields) {
        if (error.isGlobal()) {
            return -1;
        }
        String root = error.getFieldName().split("[.\\[]", 2)[0];
        int index = fields.indexOf(root);
        return index >= 0 ? index : fields.size() + (root.equals("passages") ? 0 : 1);
    }

    /** The label of the form field an error path starts with: "passages[2].number" is labelled as "passages". */
    public String label(String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        String root = field.split("[.\\[]", 2)[0];
        return describer.label(root);
    }
}
