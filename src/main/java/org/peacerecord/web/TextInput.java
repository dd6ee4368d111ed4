package org.peacerecord.web;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.io.IOException;

/**
 * What every request parameter, path variable and form field that becomes text must be: no NUL or other control
 * characters (tab and line breaks aside) and no lone UTF-16 surrogates (what invalid UTF-8 decodes to). Anything else
 * is a binding error, so that a form shows its "not valid" message beside the field and any other request gets the
 * 400 page; such text never reaches the database, which could not store it (PostgreSQL refuses NUL). A form posting
 * more list rows than binding allows (hundreds of citations) gets the 400 page too.
 */
@ControllerAdvice
public class TextInput {

    /** The editor for text, as is ({@code trimmed = false}) or trimmed with blank as null (forms). */
    public static PropertyEditorSupport editor(boolean trimmed) {
        return new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text != null && !isAcceptable(text)) {
                    throw new IllegalArgumentException("Control characters or invalid text");
                }
                if (trimmed && text != null) {
                    String value = text.strip();
                    setValue(value.isEmpty() ? null : value);
                } else {
                    setValue(text);
                }
            }
        };
    }

    /** Whether text may be bound: no control characters other than tab, CR and LF, no lone surrogates. */
    public static boolean isAcceptable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c) || c == '\uFFFD') {
                return false;
            }
        }
        return true;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, editor(false));
    }

    /** Hundreds of list rows, or a parameter that is not valid UTF-8 (Tomcat refuses to decode it). */
    @ExceptionHandler({InvalidPropertyException.class, InvalidParameterException.class})
    void badRequest(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
