package org.peacerecord.web;

import org.htmlunit.cssparser.dom.CSSStyleSheetImpl;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSException;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.InputSource;
import org.htmlunit.cssparser.parser.javacc.CSS3Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stylesheet the app serves parses without a single error or warning with a real CSS3 parser. A block
 * left open (a lost "}") makes browsers drop every rule after it, silently: this test is what notices.
 */
class StylesheetTest {

    static Stream<Path> stylesheets() throws IOException {
        return Files.walk(Path.of("src/main/resources/static")).filter(p -> p.toString().endsWith(".css")).sorted();
    }

    @ParameterizedTest
    @MethodSource("stylesheets")
    void parsesWithoutErrors(Path stylesheet) throws IOException {
        String css = Files.readString(stylesheet, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        CSSOMParser parser = new CSSOMParser(new CSS3Parser());
        parser.setErrorHandler(new CSSErrorHandler() {
            @Override
            public void warning(CSSParseException e) throws CSSException {
                problems.add("warning at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(CSSParseException e) throws CSSException {
                problems.add("error at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(CSSParseException e) throws CSSException {
                problems.add("fatal at " + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }
        });
        CSSStyleSheetImpl sheet = parser.parseStyleSheet(new InputSource(new StringReader(css)), null);

        assertThat(problems).as(stylesheet.toString()).isEmpty();
        assertThat(sheet.getCssRules().getLength()).as("rules in " + stylesheet).isEqualTo(topLevelBlocks(css));
    }

    /** The number of top-level rule blocks written in the file (comments removed): every one must survive parsing. */
    private static int topLevelBlocks(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int blocks = 0;
        for (char c : text.toCharArray()) {
            if (c == '{') {
                if (depth == 0) {
                    blocks++;
                }
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return blocks;
    }
}
