package org.peacerecord.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.util.Arrays;
import java.util.List;

/**
 * Enum constants as the reader sees them: bundle key {@code enum.<SimpleName>.<CONSTANT>} in the reader's language.
 * Templates call it as {@code ${#enums.options(T(org.peacerecord.user.Role))}}.
 */
@TemplateHelper("enums")
public class EnumLabels {

    private final MessageSource messages;

    EnumLabels(MessageSource messages) {
        this.messages = messages;
    }

    public String label(Enum<?> constant) {
        String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** The constants of an enum as options (value: the constant's name), in declaration order. */
    public <T extends Enum<T>> List<Option> options(Class<T> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> Option.of(c.name(), label(c))).toList();
    }
}
