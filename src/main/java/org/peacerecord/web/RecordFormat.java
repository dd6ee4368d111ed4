package org.peacerecord.web;

import org.peacerecord.shared.Money;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.shared.Qualifier;
import org.peacerecord.shared.Quantity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Formats the record's imprecise values for display in the reader's language, at their true
 * precision: "December 2021" / "2021年12月", "over 107,000" / "107,000超", "about US$90 million".
 * Templates call it as {@code ${#fmt.date(x)}}.
 */
@TemplateHelper("fmt")
public class RecordFormat {

    /**
     * Formatters built once (a page formats hundreds of dates and numbers; building a formatter parses its pattern and
     * looks up the locale's data each time): date formatters are immutable and shared, number formats are not
     * thread-safe and kept per thread.
     */
    private static final Map<DatePattern, DateTimeFormatter> DATE_FORMATS = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<Locale, NumberFormat>> NUMBER_FORMATS = ThreadLocal.withInitial(HashMap::new);
    private static final ThreadLocal<Map<Locale, NumberFormat>> COMPACT_FORMATS = ThreadLocal.withInitial(HashMap::new);

    private record DatePattern(String pattern, Locale locale) {
    }

    private final MessageSource messages;

    public RecordFormat(MessageSource messages) {
        this.messages = messages;
    }

    public String date(PartialDate date) {
        if (date == null) {
            return "";
        }
        Locale locale = locale();
        String pattern = messages.getMessage("format.date." + date.getPrecision().name().toLowerCase(Locale.ROOT),
                null, locale);
        return DATE_FORMATS.computeIfAbsent(new DatePattern(pattern, locale),
                p -> DateTimeFormatter.ofPattern(p.pattern(), p.locale())).format(date.getDate());
    }

    /** A period "2016 – 2018", a single date when the end is missing or the same. */
    public String period(PartialDate start, PartialDate end) {
        if (start == null && end == null) {
            return "";
        }
        if (start == null) {
            return messages.getMessage("format.period.until", new Object[]{date(end)}, locale());
        }
        if (end == null || end.equals(start)) {
            return date(start);
        }
        return messages.getMessage("format.period", new Object[]{date(start), date(end)}, locale());
    }

    public String quantity(Quantity quantity) {
        return quantity == null ? "" : qualified(number(BigDecimal.valueOf(quantity.getValue())), quantity.getQualifier());
    }

    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return NUMBER_FORMATS.get().computeIfAbsent(locale(), locale -> {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            return format;
        }).format(value);
    }

    /** A number with its qualifier, e.g. qualified("7,000", MORE_THAN) = "over 7,000". */
    public String qualified(String formattedNumber, Qualifier qualifier) {
        return messages.getMessage("qualifier.format." + qualifier.name(), new Object[]{formattedNumber}, locale());
    }

    public String money(Money money) {
        return money == null ? "" : qualified(amount(money.getAmount(), money.getCurrency()), money.getQualifier());
    }

    /** An amount in a currency, compact for large round sums: "US$90 million", "9000万米ドル". */
    public String amount(BigDecimal amount, String currency) {
        Locale locale = locale();
        String number = amount.compareTo(BigDecimal.valueOf(1_000_000)) >= 0
                && amount.remainder(BigDecimal.valueOf(100_000)).signum() == 0
                ? COMPACT_FORMATS.get().computeIfAbsent(locale,
                        l -> NumberFormat.getCompactNumberInstance(l, NumberFormat.Style.LONG)).format(amount)
                : number(amount);
        String withSymbol = messages.getMessage("format.money." + currency, new Object[]{number}, null, locale);
        return withSymbol != null ? withSymbol : messages.getMessage("format.money", new Object[]{number, currency}, locale);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
