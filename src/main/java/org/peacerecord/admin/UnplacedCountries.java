package org.peacerecord.admin;

import jakarta.persistence.EntityManager;
import org.peacerecord.source.CitedRecord;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;

/**
 * The records whose source names a place that matched no country of the UN M49 list (left by the migration to country
 * codes or by the public-record import in the {@code unmatchedCountry} attribute), for editors to place: every editable
 * type with that attribute, one query each.
 */
@Controller
class UnplacedCountries {

    static final String ATTRIBUTE = "unmatchedCountry";

    private final EditorRegistry editors;
    private final EntityManager entityManager;
    private final TransactionTemplate readOnly;

    UnplacedCountries(EditorRegistry editors, EntityManager entityManager, TransactionTemplate transactions) {
        this.editors = editors;
        this.entityManager = entityManager;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    /** A record to place: the message key of its kind, its name, the text to place and where to edit it. */
    public record Unplaced(String kindKey, String label, String text, String editHref) {
    }

    @GetMapping("/admin/countries")
    String list(Model model) {
        model.addAttribute("records", readOnly.execute(status -> {
            List<Unplaced> records = new ArrayList<>();
            for (RecordEditor<?, ?> editor : editors.all()) {
                if (hasAttribute(editor.entityType())) {
                    records.addAll(unplaced(editor));
                }
            }
            return records;
        }));
        return "admin/countries";
    }

    private boolean hasAttribute(Class<?> type) {
        return entityManager.getMetamodel().entity(type).getAttributes().stream()
                .anyMatch(attribute -> attribute.getName().equals(ATTRIBUTE));
    }

    private <E extends CitedRecord> List<Unplaced> unplaced(RecordEditor<E, ?> editor) {
        String entity = entityManager.getMetamodel().entity(editor.entityType()).getName();
        return entityManager.createQuery("select e from " + entity + " e where e." + ATTRIBUTE + " is not null"
                        + " order by e.id", editor.entityType()).getResultStream()
                .map(record -> new Unplaced("admin." + editor.path() + ".one", editor.label(record), text(record),
                        "/admin/" + editor.path() + "/" + record.getId() + "/edit"))
                .toList();
    }

    private static String text(Object record) {
        return (String) new BeanWrapperImpl(record).getPropertyValue(ATTRIBUTE);
    }
}
