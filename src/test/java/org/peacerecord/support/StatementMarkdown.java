package org.peacerecord.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An independent reading of the statement's Markdown copy (test resources), by the rules of the
 * source's README: title and date are not passages; the salutations are addressee passages;
 * short headings name the section of what follows; the broken "And my own Department" paragraph
 * is one; the three "- (n)" lines are one list. The seed must match it passage for passage.
 */
public final class StatementMarkdown {

    public static final Set<String> HEADINGS = Set.of(
            "Current Challenges of UN Peacekeeping", "Context and Success of UN Peacekeeping",
            "Key Japanese Contributions", "Action For Peacekeeping", "Triangular Partnership Programme",
            "Medical Services", "Peacekeeping & the Environment", "Women in Peacekeeping",
            "Expanding Japan's Contributions to Peacekeeping", "Concluding Thoughts");

    public record ParsedPassage(int number, String kind, String section, String text) {
    }

    private StatementMarkdown() {
    }

    public static List<ParsedPassage> passages() {
        List<String> lines = nonEmptyLines();
        List<ParsedPassage> passages = new ArrayList<>();
        String section = null;
        boolean inAddressees = true;
        List<String> listItems = new ArrayList<>();
        // lines 0 and 1: title and date
        for (int i = 2; i < lines.size(); i++) {
            String line = lines.get(i);
            if (inAddressees && line.equals("Ohayou gozaimasu.")) {
                inAddressees = false;
            }
            if (line.startsWith("- (")) {
                listItems.add(line.substring(2));
                boolean lastItem = i + 1 >= lines.size() || !lines.get(i + 1).startsWith("- (");
                if (lastItem) {
                    passages.add(new ParsedPassage(passages.size() + 1, "LIST", section, String.join("\n", listItems)));
                    listItems.clear();
                }
                continue;
            }
            if (HEADINGS.contains(line)) {
                section = line;
                continue;
            }
            String text = line.replace("US\\$", "US$");
            if (text.endsWith(" deployed and")) {
                text = text + " " + lines.get(++i);
            }
            passages.add(new ParsedPassage(passages.size() + 1, inAddressees ? "ADDRESSEE" : "PARAGRAPH", section, text));
        }
        return passages;
    }

    private static List<String> nonEmptyLines() {
        try (InputStream in = StatementMarkdown.class.getResourceAsStream("/source/statement-2022-05-19.md")) {
            if (in == null) {
                throw new IllegalStateException("statement copy missing from test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
