package org.peacerecord.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A query-string filter naming something that does not exist (an unknown region code, mission or theme):
 * answered with the 400 page, like any other malformed filter value.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidFilterException extends RuntimeException {

    public InvalidFilterException(String filter, Object value) {
        super("Unknown " + filter + " '" + value + "'");
    }
}
