package org.peacerecord.support;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu Html Checker (the W3C validator's engine), offline: validates rendered pages as HTML5 and
 * returns every error with its line, so tests can assert that pages are valid HTML.
 */
public final class HtmlValidator {

    private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** Compiling the HTML5 schema is the slow part: done once, the validator is then reused (serially). */
    private static SimpleDocumentValidator validator;

    private HtmlValidator() {
    }

    /** The validation errors of an HTML document, "line:column message" each; empty when valid. */
    public static synchronized List<String> errors(String html) {
        Collector collector = new Collector();
        try {
            if (validator == null) {
                validator = new SimpleDocumentValidator(true, false, false);
                validator.setUpMainSchema(HTML5_SCHEMA, collector);
            }
            validator.setUpValidatorAndParsers(collector, false, false);
            InputSource source = new InputSource(new StringReader(html));
            source.setEncoding("UTF-8");
            validator.checkHtmlInputSource(source);
        } catch (Exception e) {
            throw new IllegalStateException("The HTML validator failed to run", e);
        }
        return collector.errors;
    }

    private static final class Collector implements ErrorHandler {

        private final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException exception) {
            // warnings (e.g. about obsolete but allowed features) are not failures
        }

        @Override
        public void error(SAXParseException exception) {
            errors.add(exception.getLineNumber() + ":" + exception.getColumnNumber() + " " + exception.getMessage());
        }

        @Override
        public void fatalError(SAXParseException exception) {
            error(exception);
        }
    }
}
