package org.peacerecord.api;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import org.peacerecord.source.MovedRecords;
import org.peacerecord.web.InvalidFilterException;
import org.peacerecord.web.RecordNotFoundException;
import org.peacerecord.web.ServiceUnavailable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read API's errors as RFC 9457 problem details ({@code application/problem+json}), never an HTML page: invalid
 * parameters 400 (each named, with what is wrong), unknown records and addresses 404, a record merged into another
 * 301 to it, a removed one 410, the database unreachable 503 with {@code Retry-After}. Before the pages' own advice.
 */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    private final ObjectProvider<MovedRecords> moved;

    ApiProblems(ObjectProvider<MovedRecords> moved) {
        this.moved = moved;
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalidParameters(BindException invalid, HttpServletRequest request) {
        List<Map<String, Object>> errors = invalid.getFieldErrors().stream().map(ApiProblems::error).toList();
        return problem(HttpStatus.BAD_REQUEST, "One or more parameters are invalid.", request,
                Map.of("errors", errors));
    }

    @ExceptionHandler({HandlerMethodValidationException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> invalidArgument(Exception invalid, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "One or more parameters are invalid.", request, Map.of());
    }

    @ExceptionHandler(InvalidFilterException.class)
    ResponseEntity<ProblemDetail> unknownFilterValue(InvalidFilterException invalid, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, invalid.getMessage() + ".", request, Map.of());
    }

    @ExceptionHandler(RecordNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(RecordNotFoundException missing, HttpServletRequest request) {
        MovedRecords records = moved.getIfAvailable();
        Optional<MovedRecords.Moved> found = records == null ? Optional.empty() : records.find(missing);
        if (found.isPresent() && found.get().href() != null) {
            String target = request.getContextPath() + ApiResponses.BASE + found.get().href();
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(target)).build();
        }
        if (found.isPresent()) {
            return problem(HttpStatus.GONE, found.get().reason(), request, Map.of());
        }
        return problem(HttpStatus.NOT_FOUND, "No such record.", request, Map.of());
    }

    /** {@code ResponseStatusException} and Spring MVC's own errors (a missing parameter, a wrong method). */
    @ExceptionHandler({ErrorResponseException.class, MissingServletRequestParameterException.class,
            HttpRequestMethodNotSupportedException.class})
    ResponseEntity<ProblemDetail> status(Exception failure, HttpServletRequest request) {
        ErrorResponse error = (ErrorResponse) failure;
        HttpStatusCode status = error.getStatusCode();
        ResponseEntity<ProblemDetail> answer = problem(status, error.getBody().getDetail(), request, Map.of());
        return ResponseEntity.status(status).headers(error.getHeaders()).headers(answer.getHeaders())
                .body(answer.getBody());
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    ResponseEntity<ProblemDetail> databaseFailure(Exception failure, HttpServletRequest request) throws Exception {
        if (!ServiceUnavailable.isDatabaseUnreachable(failure)) {
            throw failure;
        }
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.SERVICE_UNAVAILABLE,
                "The database is unreachable; try again shortly.", request, Map.of());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(ServiceUnavailable.RETRY_AFTER_SECONDS))
                .body(answer.getBody());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String detail,
                                                         HttpServletRequest request, Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).header(HttpHeaders.CACHE_CONTROL, "no-store").body(problem);
    }

    private static Map<String, Object> error(FieldError error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parameter", error.getField());
        body.put("value", error.getRejectedValue() == null ? null : String.valueOf(error.getRejectedValue()));
        body.put("message", error.isBindingFailure() ? "not a valid value" : error.getDefaultMessage());
        return body;
    }
}
