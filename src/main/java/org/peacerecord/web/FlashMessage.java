package org.peacerecord.web;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.Serializable;

/**
 * The one way to tell the next page what a POST did (POST-redirect-GET): a bundle key and its arguments, kept
 * unresolved so that the page renders it in the reader's language; the layout shows it above the page's content.
 * An argument that is itself a message (a record type's name) is passed as {@link #message(String)}.
 *
 * @param level {@code success} or {@code danger} (Bootstrap's alert colour; a problem is announced as an alert)
 */
public record FlashMessage(String level, String key, Object[] args) implements Serializable {

    /** The model attribute the layout reads. */
    public static final String ATTRIBUTE = "flash";

    public static FlashMessage success(String key, Object... args) {
        return new FlashMessage("success", key, args);
    }

    public static FlashMessage problem(String key, Object... args) {
        return new FlashMessage("danger", key, args);
    }

    /** An argument resolved from the bundle in the reader's language when the message is shown. */
    public static DefaultMessageSourceResolvable message(String key) {
        return new DefaultMessageSourceResolvable(new String[]{key}, key);
    }

    /** Keeps this message for the page the redirect leads to. */
    public void flash(RedirectAttributes redirect) {
        redirect.addFlashAttribute(ATTRIBUTE, this);
    }
}
