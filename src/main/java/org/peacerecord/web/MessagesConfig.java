package org.peacerecord.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UI's texts: the shared bundle {@code messages} (layout, forms, filters, errors, formats) plus one bundle per
 * feature, kept in the feature's own package ({@code org/peacerecord/mission/messages.properties} and
 * {@code messages_ja.properties}), found on the classpath at start-up. A new feature brings its texts with it;
 * nothing shared is edited. Replaces Boot's single-basename message source.
 */
@Configuration(proxyBeanMethods = false)
public class MessagesConfig {

    static final String SHARED = "messages";
    private static final Pattern FEATURE_BUNDLE = Pattern.compile("(org/peacerecord/[a-z]+/messages)\\.properties$");

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new PerThreadFormats();
        messages.setBasenames(basenames().toArray(String[]::new));
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /**
     * Spring formats a message with arguments while holding the lock of its one cached {@link MessageFormat}, so
     * every request rendering the same message ("{0} trainings") waited for the others: under load that lock was the
     * most contended in the application. Each thread formats with its own copy instead.
     * <p>
     * And Spring looks a code up in each bundle in turn (the shared one, then some fifteen features'), each with its
     * parents: a page's hundreds of texts were as many walks through them. The texts of a language are merged once
     * into one table, in the same order (the first bundle that has a code, its parents included, gives the text).
     * <p>
     * And {@link MessageFormat} builds a new number format for every number given to a plain {@code {0}} (a list's
     * counts: ~3 % of a page's CPU): each thread's copy formats its plain arguments with a {@link PlainArgument} that
     * keeps one, giving the same text.
     */
    static final class PerThreadFormats extends ResourceBundleMessageSource {

        private final ThreadLocal<Map<Locale, Map<String, MessageFormat>>> formats = ThreadLocal.withInitial(HashMap::new);
        private final ThreadLocal<Map<Locale, PlainArgument>> plainArguments = ThreadLocal.withInitial(HashMap::new);
        private final Map<Locale, Map<String, String>> merged = new ConcurrentHashMap<>();

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            return merged.computeIfAbsent(locale, this::merge).get(code);
        }

        private Map<String, String> merge(Locale locale) {
            Map<String, String> texts = new HashMap<>();
            for (String basename : getBasenameSet()) {
                ResourceBundle bundle = getResourceBundle(basename, locale);
                if (bundle != null) {
                    for (String code : bundle.keySet()) {
                        texts.putIfAbsent(code, bundle.getString(code));
                    }
                }
            }
            return Map.copyOf(texts);
        }

        @Override
        protected MessageFormat resolveCode(String code, Locale locale) {
            Map<String, MessageFormat> own = formats.get().computeIfAbsent(locale, key -> new HashMap<>());
            MessageFormat format = own.get(code);
            if (format == null) {
                MessageFormat shared = super.resolveCode(code, locale);
                if (shared == null) {
                    return null;
                }
                format = (MessageFormat) shared.clone();
                PlainArgument plain = plainArguments.get().computeIfAbsent(locale, PlainArgument::new);
                Format[] elements = format.getFormats();
                for (int i = 0; i < elements.length; i++) {
                    if (elements[i] == null) {
                        format.setFormat(i, plain);
                    }
                }
                own.put(code, format);
            }
            return format;
        }
    }

    /**
     * A plain argument ({@code {0}}) formatted as {@link MessageFormat} formats it — numbers with the locale's number
     * format, dates with its short date and time, text as it is — with formats made once, not per argument. Not
     * thread-safe: one per thread and locale.
     */
    static final class PlainArgument extends Format {

        private final Locale locale;
        private NumberFormat numbers;
        private DateFormat dates;

        PlainArgument(Locale locale) {
            this.locale = locale;
        }

        @Override
        public StringBuffer format(Object argument, StringBuffer to, FieldPosition position) {
            if (argument instanceof Number) {
                if (numbers == null) {
                    numbers = NumberFormat.getInstance(locale);
                }
                return numbers.format(argument, to, position);
            }
            if (argument instanceof Date) {
                if (dates == null) {
                    dates = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.SHORT, locale);
                }
                return dates.format(argument, to, position);
            }
            return to.append(argument);
        }

        @Override
        public Object parseObject(String source, ParsePosition position) {
            throw new UnsupportedOperationException("Formats only");
        }
    }

    /** The shared bundle first, then every feature's, by name. */
    public static List<String> basenames() {
        List<String> basenames = new ArrayList<>(List.of(SHARED));
        TreeSet<String> features = new TreeSet<>();
        try {
            for (Resource bundle : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:org/peacerecord/*/messages.properties")) {
                Matcher name = FEATURE_BUNDLE.matcher(bundle.getURL().toString());
                if (name.find()) {
                    features.add(name.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the message bundles", e);
        }
        basenames.addAll(features);
        return basenames;
    }
}
