package org.peacerecord.web;

/** One choice of a select or checkbox list: the submitted value and the text shown. */
public record Option(String value, String label) {

    public static Option of(Object value, String label) {
        return new Option(String.valueOf(value), label);
    }
}
