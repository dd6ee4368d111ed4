package org.peacerecord.admin;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.peacerecord.admin.form.PassageCitationInput;
import org.peacerecord.admin.form.RecordForm;
import org.peacerecord.admin.history.RecordHistory;
import org.peacerecord.source.CitedRecord;
import org.peacerecord.source.Passage;
import org.peacerecord.source.Statement;
import org.peacerecord.web.FilterOption;
import org.peacerecord.web.ListPages;
import org.peacerecord.web.Option;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lists, loads, validates, saves and deletes records of any type, and reads their history. Every save is one transaction: the
 * record, its theme links and its citations are written together or not at all. An update first compares
 * the version the editor started from with the record's; JPA's {@code @Version} then catches the races
 * that comparison cannot see.
 */
@Service
public class RecordEditingService {

    /** Referrers listed per reference on the delete page; enough to act on, bounded whatever the data. */
    static final int MAX_REFERRERS = 50;
    private static final int PASSAGE_EXCERPT = 90;

    private final RecordStore store;
    private final EditorRegistry editors;
    private final EditorOptions options;
    private final Statement statement;
    private final RecordHistory history;
    private final AdminFormat format;

    RecordEditingService(RecordStore store, EditorRegistry editors, EditorOptions options, Statement statement,
                         RecordHistory history, AdminFormat format) {
        this.store = store;
        this.editors = editors;
        this.options = options;
        this.statement = statement;
        this.history = history;
        this.format = format;
    }

    // ---------------------------------------------------------------- lists

    @Transactional(readOnly = true)
    public <E extends CitedRecord> ListPage list(RecordEditor<E, ?> editor, ListQuery query) {
        ListSpec<E> spec = editor.listSpec();
        Map<String, List<Option>> options = this.options.forList(editor);
        CriteriaBuilder cb = entityManager().getCriteriaBuilder();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<E> countRoot = count.from(editor.entityType());
        count.select(cb.count(countRoot)).where(predicates(cb, countRoot, spec, query));
        long total = entityManager().createQuery(count).getSingleResult();

        CriteriaQuery<E> select = cb.createQuery(editor.entityType());
        Root<E> root = select.from(editor.entityType());
        spec.fetch().forEach(attribute -> root.fetch(attribute, JoinType.LEFT));
        ListSpec.Sort sort = spec.sorts().stream().filter(s -> s.key().equals(query.sort())).findFirst()
                .orElse(spec.sorts().get(0));
        Path<?> sortPath = path(root, sort.attribute());
        List<Order> order = List.of(sort.descending() ? cb.desc(sortPath) : cb.asc(sortPath), cb.asc(root.get("id")));
        select.select(root).where(predicates(cb, root, spec, query)).orderBy(order);
        int page = query.page() - 1;
        List<E> records = entityManager().createQuery(select)
                .setFirstResult(page * ListPages.SIZE).setMaxResults(ListPages.SIZE).getResultList();

        List<ListPage.Row> rows = records.stream().map(record -> new ListPage.Row(record.getId(), editor.label(record),
                spec.columns().stream().map(c -> format.text(c.value().apply(record), options.get(c.field()))).toList()))
                .toList();
        List<ListPage.FilterView> filters = spec.filters().stream()
                .map(f -> new ListPage.FilterView(f.name(), filterOptions(options.getOrDefault(f.name(), List.of()),
                        query.filter(f.name()))))
                .toList();
        List<FilterOption> sorts = spec.sorts().stream()
                .map(s -> FilterOption.message(s.key(), "admin.sort." + s.key(), null, s.equals(sort)))
                .toList();
        return new ListPage(new PageImpl<>(rows, PageRequest.of(page, ListPages.SIZE), total), query, filters, sorts,
                spec.columns().stream().map(ListSpec.Column::field).toList());
    }

    private static List<FilterOption> filterOptions(List<Option> options, String selected) {
        List<FilterOption> choices = new ArrayList<>();
        choices.add(FilterOption.unset("admin.list.any", selected == null));
        options.forEach(o -> choices.add(FilterOption.text(o.value(), o.label(), null, o.value().equals(selected))));
        return choices;
    }

    private static <E> Predicate[] predicates(CriteriaBuilder cb, Root<E> root, ListSpec<E> spec, ListQuery query) {
        List<Predicate> predicates = new ArrayList<>();
        if (!query.q().isEmpty()) {
            String pattern = "%" + escapeLike(query.q().toLowerCase(Locale.ROOT)) + "%";
            predicates.add(cb.or(spec.search().stream()
                    .map(attribute -> cb.like(cb.lower(root.get(attribute)), pattern, '\\'))
                    .toArray(Predicate[]::new)));
        }
        for (ListSpec.Filter filter : spec.filters()) {
            String value = query.filter(filter.name());
            if (value != null) {
                Object parsed = parse(filter.type(), value);
                predicates.add(parsed == null ? cb.disjunction() : cb.or(filter.attributes().stream()
                        .map(attribute -> cb.equal(filterPath(root, attribute), parsed)).toArray(Predicate[]::new)));
            }
        }
        return predicates.toArray(Predicate[]::new);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object parse(Class<?> type, String value) {
        try {
            if (type.isEnum()) {
                return Enum.valueOf((Class<Enum>) type, value);
            }
            if (type == Long.class) {
                return Long.valueOf(value);
            }
            if (type == Boolean.class) {
                return value.equals("true") ? Boolean.TRUE : value.equals("false") ? Boolean.FALSE : null;
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static Path<?> path(Root<?> root, String attribute) {
        Path<?> path = root;
        for (String part : attribute.split("\\.")) {
            path = path.get(part);
        }
        return path;
    }

    /** A filter's attribute: associations before the last reference are left-joined, so a missing one excludes nothing. */
    private static Path<?> filterPath(Root<?> root, String attribute) {
        String[] parts = attribute.split("\\.");
        From<?, ?> from = root;
        for (int i = 0; i < parts.length - 2; i++) {
            from = from.join(parts[i], JoinType.LEFT);
        }
        Path<?> path = from;
        for (int i = Math.max(0, parts.length - 2); i < parts.length; i++) {
            path = path.get(parts[i]);
        }
        return path;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    // ---------------------------------------------------------------- forms

    /** The record as a form: its fields, its version and its citations. */
    @Transactional(readOnly = true)
    public <E extends CitedRecord, F extends RecordForm> F form(RecordEditor<E, F> editor, long id) {
        E record = find(editor, id);
        F form = editor.toForm(record);
        form.setVersion(record.getVersion());
        form.setCitationsFrom(record.getCitations());
        return form;
    }

    @Transactional(readOnly = true)
    public <E extends CitedRecord> String label(RecordEditor<E, ?> editor, long id) {
        return editor.label(find(editor, id));
    }

    /** What the form's selects offer: the type's own options plus qualifiers, currencies and the statement's passages. */
    @Transactional(readOnly = true)
    public FormOptions formOptions(RecordEditor<?, ?> editor) {
        Map<String, List<Option>> options = new LinkedHashMap<>(this.options.of(editor));
        List<Passage> statement = statementPassages();
        options.put("passages", statement.stream()
                .map(p -> Option.of(p.getNumber(), format.passage(p.getNumber()) + " — " + excerpt(p.getPlainText())))
                .toList());
        Map<Integer, String> texts = statement.stream()
                .collect(Collectors.toMap(Passage::getNumber, Passage::getPlainText, (a, b) -> a, LinkedHashMap::new));
        return new FormOptions(options, texts);
    }

    /** Choices for selects and the statement's passages by number (for showing the text of cited passages). */
    public record FormOptions(Map<String, List<Option>> options, Map<Integer, String> passageTexts) {
    }

    private static String excerpt(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= PASSAGE_EXCERPT ? oneLine : oneLine.substring(0, PASSAGE_EXCERPT).trim() + "…";
    }

    /**
     * Checks that need the database, after Bean Validation: chosen options exist (a posted id of a record that
     * is not there is a field error, never a failed save), cited passages exist, unique fields are unique, and
     * the type's own rules.
     */
    @Transactional(readOnly = true)
    public <E extends CitedRecord, F extends RecordForm> void validate(RecordEditor<E, F> editor, F form, Long id,
                                                                             Errors errors) {
        BeanWrapperImpl bean = new BeanWrapperImpl(form);
        options.of(editor).forEach((field, options) -> {
            if (!bean.isReadableProperty(field) || errors.hasFieldErrors(field)) {
                return;
            }
            Set<String> allowed = options.stream().map(Option::value).collect(Collectors.toSet());
            Object value = bean.getPropertyValue(field);
            Collection<?> values = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
            boolean unknown = values.stream().filter(v -> v != null)
                    .map(v -> v instanceof Enum<?> e ? e.name() : String.valueOf(v))
                    .anyMatch(v -> !allowed.contains(v));
            if (unknown) {
                errors.rejectValue(field, "admin.validation.option");
            }
        });
        if (!form.citedPassageNumbers().isEmpty()) {
            Set<Integer> numbers = statementPassages().stream().map(Passage::getNumber).collect(Collectors.toSet());
            for (int i = 0; i < form.getPassages().size(); i++) {
                PassageCitationInput row = form.getPassages().get(i);
                String field = "passages[" + i + "].number";
                if (row != null && row.getNumber() != null && !numbers.contains(row.getNumber())
                        && !errors.hasFieldErrors(field)) {
                    errors.rejectValue(field, "admin.validation.citation.unknownPassage");
                }
            }
        }
        for (String field : editor.uniqueFields()) {
            Object value = bean.getPropertyValue(field);
            if (value instanceof String text && !text.isBlank() && !errors.hasFieldErrors(field)
                    && isTaken(editor.entityType(), field, text, id)) {
                errors.rejectValue(field, "admin.validation.unique");
            }
        }
        editor.validate(form, id, errors);
    }

    private boolean isTaken(Class<?> type, String attribute, String value, Long exceptId) {
        CriteriaBuilder cb = entityManager().getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<?> root = query.from(type);
        Predicate same = cb.equal(cb.lower(root.get(attribute)), value.toLowerCase(Locale.ROOT));
        query.select(cb.count(root)).where(exceptId == null ? same : cb.and(same, cb.notEqual(root.get("id"), exceptId)));
        return entityManager().createQuery(query).getSingleResult() > 0;
    }

    // ---------------------------------------------------------------- saving

    /** Creates a record with its theme links and citations, all in one transaction. */
    @Transactional
    public <E extends CitedRecord, F extends RecordForm> Saved create(RecordEditor<E, F> editor, F form) {
        References references = new References(entityManager());
        E record = editor.newRecord(form, references);
        editor.apply(form, record, references);
        record.replaceCitations(form.toCitations(passageLookup(form)));
        store.persist(record);
        store.flush();
        return new Saved(record.getId(), editor.label(record));
    }

    /**
     * Saves the form onto the record, all in one transaction, unless the record has changed since the version
     * the editor started from: then nothing is written and {@link EditConflictException} says so. A change
     * committed between that check and this transaction's commit fails JPA's version check instead
     * ({@code ObjectOptimisticLockingFailureException}); either way nothing is overwritten.
     */
    @Transactional
    public <E extends CitedRecord, F extends RecordForm> Saved update(RecordEditor<E, F> editor, long id, F form) {
        E record = find(editor, id);
        if (form.getVersion() == null || form.getVersion() != record.getVersion()) {
            throw new EditConflictException(editor, id, form);
        }
        References references = new References(entityManager());
        editor.apply(form, record, references);
        record.replaceCitations(form.toCitations(passageLookup(form)));
        store.flush();
        return new Saved(id, editor.label(record));
    }

    private Function<Integer, Passage> passageLookup(RecordForm form) {
        if (form.citedPassageNumbers().isEmpty()) {
            return number -> null;
        }
        Map<Integer, Passage> byNumber = statementPassages().stream()
                .collect(Collectors.toMap(Passage::getNumber, Function.identity()));
        return byNumber::get;
    }

    // ---------------------------------------------------------------- history

    /** The record's history: who saved what when (see {@link RecordHistory}). */
    public <E extends CitedRecord, F extends RecordForm> RecordHistory.History history(RecordEditor<E, F> editor, long id) {
        return history.of(editor, id);
    }

    // ---------------------------------------------------------------- deleting

    /** The record to delete and what still refers to it. */
    @Transactional(readOnly = true)
    public <E extends CitedRecord> Deletion deletion(RecordEditor<E, ?> editor, long id) {
        E record = find(editor, id);
        return new Deletion(id, editor.label(record), referrers(editor.entityType(), id));
    }

    /**
     * Deletes the record (its citations and theme links go with it) unless other records still refer to it.
     *
     * @return the deleted record's label
     * @throws RecordInUseException if records still refer to it; nothing is deleted
     */
    @Transactional
    public <E extends CitedRecord> String delete(RecordEditor<E, ?> editor, long id) {
        E record = find(editor, id);
        List<Referrer> referrers = referrers(editor.entityType(), id);
        if (!referrers.isEmpty()) {
            throw new RecordInUseException(referrers);
        }
        String label = editor.label(record);
        store.remove(record);
        store.flush();
        return label;
    }

    private List<Referrer> referrers(Class<?> target, long id) {
        List<Referrer> referrers = new ArrayList<>();
        for (RecordEditor<?, ?> editor : editors.all()) {
            for (Reference reference : editor.references()) {
                if (reference.target().equals(target)) {
                    referrers.addAll(referrers(editor, reference, id));
                }
            }
        }
        return referrers;
    }

    private <E extends CitedRecord> List<Referrer> referrers(RecordEditor<E, ?> editor, Reference reference, long id) {
        CriteriaBuilder cb = entityManager().getCriteriaBuilder();
        CriteriaQuery<E> query = cb.createQuery(editor.entityType());
        Root<E> root = query.from(editor.entityType());
        Path<Object> targetId = reference.collection()
                ? root.join(reference.attribute()).get("id")
                : root.get(reference.attribute()).get("id");
        query.select(root).where(cb.equal(targetId, id)).orderBy(cb.asc(root.get("id")));
        return entityManager().createQuery(query).setMaxResults(MAX_REFERRERS).getResultList().stream()
                .map(record -> new Referrer(editor.path(), record.getId(), editor.label(record)))
                .toList();
    }

    // ---------------------------------------------------------------- helpers

    private <E extends CitedRecord> E find(RecordEditor<E, ?> editor, long id) {
        E record = store.find(editor.entityType(), id);
        if (record == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, editor.path() + " " + id + " not found");
        }
        return record;
    }

    private List<Passage> statementPassages() {
        return statement.passages();
    }

    private EntityManager entityManager() {
        return store.entityManager();
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
