package org.peacerecord.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one normalisation used both for the stored {@code search_text} of every searchable record and
 * for the reader's query, so that they always agree: compatibility forms folded (full-width
 * "ＵＮＴＡＣ" is "untac"), Latin diacritics removed ("José" is "jose"), lower case, and every run of
 * punctuation or spaces a single space ("Ramos-Horta" is "ramos horta"). Japanese text keeps its kana
 * voicing marks: only the combining diacritical marks of Latin scripts are dropped.
 */
public final class SearchText {

    /** Longest normalised text stored for one record (the column is VARCHAR(10000)). */
    public static final int MAX_LENGTH = 10_000;

    private static final Pattern DIACRITICS = Pattern.compile("[\\u0300-\\u036f]+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    /** The searchable text of a record made of these parts (null parts are skipped). */
    public static String of(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            String normalised = normalise(part);
            if (!normalised.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(normalised);
            }
        }
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text.toString();
    }

    /** The normalised form of one text; empty for null or blank. */
    public static String normalise(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD);
        folded = DIACRITICS.matcher(folded).replaceAll("");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFC);
        folded = foldLetters(folded).toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(folded).replaceAll(" ").trim();
    }

    /** The distinct words of a query, at most {@code max} of them, each to be found in a record's text. */
    public static List<String> terms(String query, int max) {
        Set<String> terms = new LinkedHashSet<>();
        for (String term : normalise(query).split(" ")) {
            if (!term.isEmpty() && terms.size() < max) {
                terms.add(term);
            }
        }
        return new ArrayList<>(terms);
    }

    /** A LIKE pattern "%term%" matching the term literally: %, _ and the escape character are escaped with '\'. */
    public static String containsPattern(String term) {
        return "%" + literal(term) + "%";
    }

    /**
     * The two LIKE patterns of a term that must begin a word: "term%" (the text's first word) and "% term%" (any other;
     * words are separated by one space in normalised text), escaped as {@link #containsPattern}.
     */
    public static List<String> wordStartPatterns(String term) {
        return List.of(literal(term) + "%", "% " + literal(term) + "%");
    }

    private static String literal(String term) {
        Objects.requireNonNull(term, "term");
        return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Latin letters that have no decomposition (ø, ł, đ, ß, æ, œ, ı) spelled as their base letters. */
    private static String foldLetters(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case 'ø', 'Ø' -> "o";
                case 'ł', 'Ł' -> "l";
                case 'đ', 'Đ' -> "d";
                case 'ı' -> "i";
                case 'ß' -> "ss";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }
}
