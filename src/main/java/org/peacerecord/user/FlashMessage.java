package org.peacerecord.user;

import java.io.Serializable;

/**
 * A message for the page after a redirect, kept as a bundle key so that it is rendered in the
 * reader's language: {@code th:text="${#messages.msgWithParams(flash.key, flash.args)}"}.
 */
public record FlashMessage(String level, String key, Object[] args) implements Serializable {

    static final String ATTRIBUTE = "flash";

    static FlashMessage success(String key, Object... args) {
        return new FlashMessage("success", key, args);
    }

    static FlashMessage problem(String key, Object... args) {
        return new FlashMessage("danger", key, args);
    }
}
