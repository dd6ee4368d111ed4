package org.peacerecord.admin;

import org.peacerecord.admin.form.MoneyInput;
import org.peacerecord.admin.form.PartialDateInput;
import org.peacerecord.admin.form.PassageCitationInput;
import org.peacerecord.admin.form.QuantityInput;
import org.peacerecord.admin.form.SourceCitationInput;
import org.peacerecord.shared.Money;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Qualifier;
import org.peacerecord.shared.Quantity;
import org.peacerecord.web.EnumLabels;
import org.peacerecord.web.Option;
import org.peacerecord.web.TemplateHelper;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Values as the editor pages show them, in the editor's language: enum constants by their label, dates as
 * precise as they are stored (ISO: "2021", "2021-12", "2021-12-07"), quantities and money with their
 * qualifier, references by the label of their option. Always plain text; templates escape it.
 */
@TemplateHelper("adminFormat")
public class AdminFormat {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final MessageSource messages;
    private final EnumLabels enums;

    public AdminFormat(MessageSource messages, EnumLabels enums) {
        this.messages = messages;
        this.enums = enums;
    }

    public String text(Object value) {
        return text(value, null);
    }

    /** The value as text; when the field has options, a value is shown by its option's label. */
    public String text(Object value, List<Option> options) {
        if (value == null) {
            return "";
        }
        if (options != null && !(value instanceof Collection<?>)) {
            String key = value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
            return options.stream().filter(o -> o.value().equals(key)).map(Option::label).findFirst()
                    .orElse(value instanceof Enum<?> constant ? enumLabel(constant) : "#" + key);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().filter(Objects::nonNull).map(v -> text(v, options)).sorted()
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean b) {
            return message(b ? "admin.value.yes" : "admin.value.no");
        }
        if (value instanceof Enum<?> e) {
            return enumLabel(e);
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof PartialDate d) {
            return d.toIsoString();
        }
        if (value instanceof PartialDateInput d) {
            return date(d);
        }
        if (value instanceof Quantity q) {
            return qualified(number(BigDecimal.valueOf(q.getValue())), q.getQualifier());
        }
        if (value instanceof QuantityInput q) {
            return q.getValue() == null ? "" : text(q.toQuantity());
        }
        if (value instanceof Money m) {
            return qualified(m.getCurrency() + " " + number(m.getAmount()), m.getQualifier());
        }
        if (value instanceof MoneyInput m) {
            return money(m);
        }
        if (value instanceof Instant i) {
            return TIMESTAMP.format(i);
        }
        return String.valueOf(value);
    }

    /** The constants of an enum as options, labelled in the editor's language. */
    public <T extends Enum<T>> List<Option> options(Class<T> type) {
        return enums.options(type);
    }

    public String enumLabel(Enum<?> constant) {
        return enums.label(constant);
    }

    /** A passage of the statement by its number: "¶27". */
    public String passage(int number) {
        return message("admin.citation.passage", number);
    }

    /** A cited passage as one line: "¶27 — note". */
    public String citation(PassageCitationInput row) {
        String text = passage(row.getNumber());
        return row.getSummary() == null || row.getSummary().isBlank() ? text : text + " — " + row.getSummary();
    }

    /** An external source as one line: "Title <https://…> (published …, accessed …) — note". */
    public String citation(SourceCitationInput row) {
        StringBuilder text = new StringBuilder(Objects.toString(row.getTitle(), ""))
                .append(" <").append(Objects.toString(row.getUrl(), "")).append('>');
        if (row.getPublished() != null && !row.getPublished().isBlank()) {
            text.append(' ').append(message("admin.citation.published", row.getPublished()));
        }
        if (row.getAccessedOn() != null) {
            text.append(' ').append(message("admin.citation.accessed", row.getAccessedOn().toString()));
        }
        if (row.getSummary() != null && !row.getSummary().isBlank()) {
            text.append(" — ").append(row.getSummary());
        }
        return text.toString();
    }

    private String date(PartialDateInput input) {
        if (input.isEmpty()) {
            return "";
        }
        PartialDate date = input.toPartialDate();
        return date != null ? date.toIsoString()
                : Objects.toString(input.getYear(), "?") + "-" + Objects.toString(input.getMonth(), "?") + "-"
                  + Objects.toString(input.getDay(), "?");
    }

    private String money(MoneyInput input) {
        if (input.getAmount() == null) {
            return "";
        }
        Qualifier qualifier = input.getQualifier() == null ? Qualifier.EXACT : input.getQualifier();
        return qualified(Objects.toString(input.getCurrency(), "") + " " + number(input.getAmount()), qualifier);
    }

    private String qualified(String number, Qualifier qualifier) {
        return message("qualifier.format." + qualifier.name(), number);
    }

    /** Grouped digits; cents only when there are some ("90,000,000", "90,000,000.50"). */
    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        if (value.stripTrailingZeros().scale() > 0) {
            format.setMinimumFractionDigits(2);
        }
        return format.format(value);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, code, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
