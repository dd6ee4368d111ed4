package org.peacerecord.source;

import jakarta.persistence.EntityManager;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.web.CurrentUrl;
import org.peacerecord.web.RecordNotFoundException;
import org.peacerecord.web.TemplateHelper;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * How to cite a record: its stable address, title, kind and the date of the version shown, as the "cite this record"
 * block on its page shows them and as BibTeX or CSL-JSON for reference managers ({@code /cite.bib}, {@code /cite.json}).
 */
@TemplateHelper("recordCitations")
public class RecordCitations {

    private final RecordTypes types;
    private final EntityManager entityManager;

    RecordCitations(RecordTypes types, EntityManager entityManager) {
        this.types = types;
        this.entityManager = entityManager;
    }

    /**
     * @param ref     the record's reference in citation downloads: type code and id ("TRAINING-12")
     * @param typeKey the message key of its kind ("type.training.one")
     * @param version when the version shown was saved (UTC date)
     */
    public record Cite(String ref, String title, String typeKey, String url, LocalDate version) {
    }

    /** The citation of a record whose page is being shown. */
    public Cite of(CitedRecord record) {
        RecordType<?> type = types.typeOf(record);
        LinkedRecord link = types.link(record);
        Instant saved = record.getUpdatedAt() != null ? record.getUpdatedAt() : record.getCreatedAt();
        return new Cite(type.code() + "-" + record.getId(), link.title(), "type." + type.key() + ".one",
                CurrentUrl.site() + link.href(),
                saved == null ? null : saved.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    /** A record named by its type code and id ("TRAINING-12"), as citation downloads and history pages name it. */
    public record Ref(RecordType<?> type, long id) {
    }

    /** The type and id a reference names; malformed references and unknown types are 404. */
    public Ref resolve(String ref) {
        int dash = ref == null ? -1 : ref.lastIndexOf('-');
        if (dash <= 0 || !ref.substring(dash + 1).matches("\\d{1,18}")) {
            throw new RecordNotFoundException("record", String.valueOf(ref));
        }
        String code = ref.substring(0, dash).toUpperCase(Locale.ROOT);
        RecordType<?> type = types.byCode(code).orElseThrow(() -> new RecordNotFoundException("record", ref));
        return new Ref(type, Long.parseLong(ref.substring(dash + 1)));
    }

    /** The citation of the record a download names ("TRAINING-12"); unknown or malformed references are 404. */
    @Transactional(readOnly = true)
    public Cite of(String ref) {
        Ref resolved = resolve(ref);
        CitedRecord record = entityManager.find(resolved.type().entityType(), resolved.id());
        if (record == null) {
            throw new RecordNotFoundException("record", ref);
        }
        return of(record);
    }
}
