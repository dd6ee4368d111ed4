package org.peacerecord.source;

import org.peacerecord.web.RecordNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import java.util.Map;
import java.util.Optional;

/**
 * Answers a record that is not found: 301 to the record it was merged into, 410 Gone (with the reason) when it was
 * removed, 404 when it never existed. One place for every record page, so old addresses keep working.
 */
@ControllerAdvice
class MovedRecordAdvice {

    /** Absent in web slices without a database, where every missing record is simply not found. */
    private final ObjectProvider<MovedRecords> moved;

    MovedRecordAdvice(ObjectProvider<MovedRecords> moved) {
        this.moved = moved;
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ModelAndView notFound(RecordNotFoundException missing) {
        MovedRecords records = moved.getIfAvailable();
        Optional<MovedRecords.Moved> found = records == null ? Optional.empty() : records.find(missing);
        if (found.isEmpty()) {
            return new ModelAndView("error", Map.of("status", 404), HttpStatus.NOT_FOUND);
        }
        MovedRecords.Moved record = found.get();
        if (record.href() != null) {
            RedirectView redirect = new RedirectView(record.href(), true);
            redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
            redirect.setExposeModelAttributes(false);
            return new ModelAndView(redirect);
        }
        return new ModelAndView("error", Map.of("status", 410, "reason", record.reason(), "movedAt", record.movedAt()),
                HttpStatus.GONE);
    }
}
