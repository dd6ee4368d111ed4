package org.peacerecord.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown id, acronym, code or slug: answered with the 404 page, never a 500. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String kind, Object key) {
        super(kind + " '" + key + "' not found");
    }
}
