package org.peacerecord.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Interner;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.engine.TemplateModel;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.Fragment;
import org.thymeleaf.standard.expression.FragmentExpression;
import org.thymeleaf.standard.expression.FragmentSignature;
import org.thymeleaf.standard.expression.FragmentSignatureUtils;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.IServletWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code pr:replace-cached="~{template :: fragment(…)}"}: what {@code th:replace} with the same fragment expression
 * writes, kept and written again whenever the same fragment is called with equal arguments in the same language. Used
 * for the drawings (the bar chart, the world maps, the visual timeline): their markup is the larger part of a page
 * that shows one (the overview's chart and map are two thirds of its HTML at 100 times the data), yet it depends only
 * on the drawing — a value kept per data version — and a few messages. Likewise the list pages' filter selects (the
 * options with their counts: a fifth of the seed trainings list's CPU a request), the statement's passages with
 * their citing records (half of its CPU a request at 100 times the data for the citing lists alone), the
 * timeline's entries, the list pages' rows and the records other pages list (search hits included; each passed as a
 * record of values, not the entity).
 * <p>
 * The key is the arguments themselves, compared by value: a drawing of changed data is another key, so a rendering is
 * never stale, whatever the data version. Arguments must therefore be values — records, strings, numbers, enums,
 * dates, classes with an equals of their own, and lists, sets and maps of them, never changed once passed (their hash
 * codes are kept by identity) — checked once per rendering: an argument compared by identity is refused, and so is an
 * entity (equal by id whatever changed). The fragment is
 * rendered on its own, in a context of its own — its parameters and the evaluation and request contexts Spring gives
 * every page, nothing else of the calling page — so nothing the key leaves out can change what it writes. Links are
 * written for the calling request (its context path and language prefix), so the language is part of the key. Kept up
 * to {@link #MAX_WEIGHT} (characters of markup, each counted twice for the drawing its key holds); nothing is kept
 * when templates are not cached either ({@code spring.thymeleaf.cache=false}).
 */
@Component
public class RenderedOnce extends AbstractProcessorDialect {

    public static final String PREFIX = "pr";
    static final String ATTRIBUTE = "replace-cached";
    static final long MAX_WEIGHT = 8L * 1024 * 1024;
    /** Elements from which a collection argument is kept by identity ({@link #isLarge}). */
    private static final int LARGE = 64;
    /** What Spring's view gives every page besides its model, passed on to the fragment. */
    private static final List<String> INFRASTRUCTURE = List.of(
            ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
            SpringContextVariableNames.SPRING_REQUEST_CONTEXT);

    private final ObjectProvider<ITemplateEngine> engine;
    private final boolean keep;
    private final Cache<Key, String> renderings = Caffeine.newBuilder()
            .maximumWeight(MAX_WEIGHT)
            .weigher((Key key, String html) -> 2 * html.length())
            .build();
    /**
     * The hash codes of large arguments ({@link #isLarge}), by identity: an argument kept per data version — a
     * drawing, the mission select's 2,008 options at 100 times the data — is hashed once, not at every lookup, and its
     * equality with the kept key's argument is then identity too (the first equal one stands for it:
     * {@link #firstEqual}), so a lookup costs the same whatever the argument's size (the 100x timeline: 6.6–8.0 →
     * 5.5–6.3 ms of CPU a request; a JFR profile had put 35–42 % of its samples in the key's hashing and comparing).
     * Weak keys: an argument built for one request goes with it.
     */
    private final Cache<Object, Integer> hashes = Caffeine.newBuilder()
            .weakKeys()
            .maximumSize(10_000)
            .build();
    /**
     * Each large argument ({@link #isLarge}), by identity, to the first equal one seen ({@link #equalOnes}), so that
     * the key holds that one: an equal argument built again — the mission select's options after a save that changed
     * no mission, or by the first two views of a page at once — then finds the rendering by identity as well, instead
     * of comparing its elements with the kept key's at every lookup (2,008 options on the 100x timeline, where the
     * first views' race had left two lists: 10–30 % of its CPU a request). Weak both ways: nothing is kept for it.
     */
    private final Cache<Object, Object> firstEqual = Caffeine.newBuilder()
            .weakKeys()
            .weakValues()
            .maximumSize(10_000)
            .build();
    private final Interner<Object> equalOnes = Interner.newWeakInterner();

    RenderedOnce(ObjectProvider<ITemplateEngine> engine, @Value("${spring.thymeleaf.cache:true}") boolean keep) {
        super("peace-record-rendered-once", PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
        this.engine = engine;
        this.keep = keep;
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new ReplaceCached(dialectPrefix));
    }

    /**
     * A fragment's rendering: the template, its selectors, the arguments as called and the language; its hash code
     * computed once ({@link #keyOf}).
     */
    private record Key(String template, Set<String> selectors, Map<String, Object> arguments, Locale locale,
                       int hash) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && hash == key.hash && template.equals(key.template)
                    && selectors.equals(key.selectors) && locale.equals(key.locale) && arguments.equals(key.arguments);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /**
     * The key: the arguments as called, each large one replaced by the first equal one seen ({@link #firstEqual}),
     * hashed as {@link Map#hashCode} hashes them, large ones' hash codes kept by identity.
     */
    private Key keyOf(String template, Set<String> selectors, Map<String, Object> called, Locale locale) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        int argumentsHash = 0;
        for (Map.Entry<String, Object> argument : called.entrySet()) {
            Object value = argument.getValue();
            int hash;
            if (isLarge(value)) {
                value = firstEqual(value);
                hash = hashes.get(value, Object::hashCode);
            } else {
                hash = Objects.hashCode(value);
            }
            arguments.put(argument.getKey(), value);
            argumentsHash += Objects.hashCode(argument.getKey()) ^ hash;
        }
        return new Key(template, selectors, Collections.unmodifiableMap(arguments), locale,
                31 * (31 * (31 * template.hashCode() + selectors.hashCode()) + argumentsHash) + locale.hashCode());
    }

    /**
     * A drawing ({@link KeptValue}) or a large collection: kept by identity ({@link #hashes}, {@link #firstEqual}).
     * Anything else is hashed and compared at once, which costs less than looking it up (measured: keeping the hash
     * codes of the list pages' small option lists made them slower; so did every record, when the timeline's entries
     * — fifty small records built for each request — went through the weak caches: 13 % of its CPU).
     */
    private static boolean isLarge(Object value) {
        return value instanceof KeptValue || value instanceof Collection<?> c && c.size() >= LARGE
                || value instanceof Map<?, ?> m && m.size() >= LARGE;
    }

    /**
     * A large value that is kept across requests (a drawing, kept per data version) and passed to
     * {@code pr:replace-cached} as it is: hashed once and then found by identity ({@link #isLarge}). A value built for
     * each request (a timeline entry) is better hashed at once, as small values are.
     */
    public interface KeptValue {
    }

    /** The first argument seen that equals this one (itself, when it is the first): found by identity after once. */
    Object firstEqual(Object value) {
        return firstEqual.get(value, equalOnes::intern);
    }

    private final class ReplaceCached extends AbstractAttributeTagProcessor {

        ReplaceCached(String dialectPrefix) {
            super(TemplateMode.HTML, dialectPrefix, null, false, ATTRIBUTE, true,
                    StandardDialect.PROCESSOR_PRECEDENCE, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, IElementTagStructureHandler structureHandler) {
            if (!(StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue) instanceof FragmentExpression expression)) {
                throw new IllegalArgumentException(attributeName + " takes a fragment expression: " + attributeValue);
            }
            FragmentExpression.ExecutedFragmentExpression executed =
                    FragmentExpression.createExecutedFragmentExpression(context, expression);
            Map<String, Object> arguments = executed.getFragmentParameters();
            Key key = keyOf(FragmentExpression.resolveTemplateName(executed),
                    Set.copyOf(FragmentExpression.resolveFragments(executed)),
                    arguments == null ? Map.of() : arguments, context.getLocale());
            String html = keep ? renderings.getIfPresent(key) : null;
            if (html == null) {
                html = render(context, executed, key);
                if (keep) {
                    key.arguments().values().forEach(value -> requireValue(value, key, new IdentityHashMap<>()));
                    renderings.put(key, html);
                }
            }
            structureHandler.replaceWith(context.getModelFactory().createText(html), false);
        }
    }

    /** The fragment alone, as {@code th:replace} would write it, for the calling request and language. */
    private String render(ITemplateContext context, FragmentExpression.ExecutedFragmentExpression executed, Key key) {
        if (!(context instanceof IWebContext web && web.getExchange() instanceof IServletWebExchange exchange)) {
            throw new IllegalStateException(PREFIX + ":" + ATTRIBUTE + " renders only within a web request");
        }
        Fragment fragment = FragmentExpression.resolveExecutedFragmentExpression(context, executed, true);
        Map<String, Object> variables = new HashMap<>(parameters(context, fragment));
        for (String infrastructure : INFRASTRUCTURE) {
            Object value = context.getVariable(infrastructure);
            if (value != null) {
                variables.put(infrastructure, value);
            }
        }
        HttpServletRequest request = (HttpServletRequest) exchange.getNativeRequestObject();
        IWebExchange own = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(RenderingAttributes.isolated(request), (HttpServletResponse) exchange.getNativeResponseObject());
        return engine.getObject().process(new TemplateSpec(key.template(), key.selectors(), TemplateMode.HTML, null),
                new WebContext(own, key.locale(), variables));
    }

    /** The arguments by the fragment's parameter names, as {@code th:replace} binds them. */
    private static Map<String, Object> parameters(ITemplateContext context, Fragment fragment) {
        Map<String, Object> parameters = fragment.getParameters();
        if (parameters == null) {
            return Map.of();
        }
        TemplateModel model = fragment.getTemplateModel();
        for (int i = 0; i < model.size(); i++) {
            if (model.get(i) instanceof IProcessableElementTag root) {
                String signature = root.getAttributeValue(StandardDialect.PREFIX, "fragment");
                if (signature == null) {
                    break;
                }
                FragmentSignature parsed = FragmentSignatureUtils.parseFragmentSignature(context.getConfiguration(),
                        signature);
                return FragmentSignatureUtils.processParameters(parsed, parameters, fragment.hasSyntheticParameters());
            }
        }
        if (fragment.hasSyntheticParameters()) {
            throw new IllegalArgumentException("Arguments by position need a fragment with a signature");
        }
        return parameters;
    }

    /** Fails unless the value is compared by value all the way down (so that equal keys mean equal renderings). */
    private static void requireValue(Object value, Key key, Map<Object, Boolean> seen) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?> || value instanceof Locale
                || value instanceof TemporalAccessor || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Record record) {
            for (var component : record.getClass().getRecordComponents()) {
                try {
                    component.getAccessor().setAccessible(true);
                    requireValue(component.getAccessor().invoke(record), key, seen);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> requireValue(element, key, seen));
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                requireValue(k, key, seen);
                requireValue(v, key, seen);
            });
        } else if (!comparedByValue(value.getClass())) {
            throw new IllegalArgumentException("An argument of " + key.template() + " :: " + key.selectors()
                    + " is not compared by value, so its rendering could not be kept: " + value.getClass().getName());
        }
    }

    /** A class with an equals of its own that is not an entity's (entities are equal by id, whatever changed). */
    private static boolean comparedByValue(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(jakarta.persistence.Entity.class)
                    || c.isAnnotationPresent(jakarta.persistence.MappedSuperclass.class)) {
                return false;
            }
        }
        try {
            return type.getMethod("equals", Object.class).getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
