package org.peacerecord.admin.history;

import jakarta.persistence.EntityManager;
import org.peacerecord.admin.EditorRegistry;
import org.peacerecord.admin.RecordEditor;
import org.peacerecord.source.CitedRecord;
import org.peacerecord.source.RecordCitations;
import org.peacerecord.source.RecordTypes;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A record's public history, its errata trail ({@code /history?record=TRAINING-12}): every recorded change, when, and
 * what it changed field by field — the editors' history without the editors' names, unless the operator sets
 * {@code peace-record.history.show-editors=true}.
 */
@Controller
@Transactional(readOnly = true)
class PublicHistory {

    private final RecordCitations references;
    private final EditorRegistry editors;
    private final RecordHistory history;
    private final EntityManager entityManager;
    private final RecordTypes types;
    private final boolean showEditors;

    PublicHistory(RecordCitations references, EditorRegistry editors, RecordHistory history, EntityManager entityManager,
                  RecordTypes types, @Value("${peace-record.history.show-editors:false}") boolean showEditors) {
        this.types = types;
        this.references = references;
        this.editors = editors;
        this.history = history;
        this.entityManager = entityManager;
        this.showEditors = showEditors;
    }

    @GetMapping("/history")
    String show(@RequestParam("record") String ref, Model model) {
        RecordCitations.Ref resolved = references.resolve(ref);
        RecordEditor<?, ?> editor = editors.of(resolved.type().entityType())
                .orElseThrow(() -> new RecordNotFoundException("history", ref));
        RecordHistory.History trail;
        try {
            trail = history.of(editor, resolved.id());
        } catch (ResponseStatusException noHistory) {
            throw new RecordNotFoundException("history", ref);
        }
        CitedRecord current = entityManager.find(resolved.type().entityType(), resolved.id());
        model.addAttribute("history", trail);
        model.addAttribute("recordHref", current == null ? null : types.link(current).href());
        model.addAttribute("showAuthors", showEditors);
        return "admin/record/public-history";
    }
}
