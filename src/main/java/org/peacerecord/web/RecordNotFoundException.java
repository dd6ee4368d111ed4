package org.peacerecord.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An unknown id, acronym, code or slug: answered with the 404 page, never a 500. A record looked up by its type and
 * id ({@link #record}) may have been merged into another or removed: its old address then answers 301 to the record
 * that replaced it, or 410 Gone (see {@code source.MovedRecordAdvice}).
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

    private final String recordType;
    private final Long id;

    public RecordNotFoundException(String kind, Object key) {
        super(kind + " '" + key + "' not found");
        this.recordType = null;
        this.id = null;
    }

    private RecordNotFoundException(String recordType, long id) {
        super(recordType + " " + id + " not found");
        this.recordType = recordType;
        this.id = id;
    }

    /** A record of a registered type ({@code "TRAINING"}, …) missing under its id. */
    public static RecordNotFoundException record(String recordType, long id) {
        return new RecordNotFoundException(recordType, id);
    }

    /** The record type's code, or null when the lookup was not by record id. */
    public String recordType() {
        return recordType;
    }

    public Long id() {
        return id;
    }
}
