package org.peacerecord.user;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DateMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.matching.match.SequenceMatch;
import me.gosimple.nbvcxz.matching.match.SpacialMatch;
import me.gosimple.nbvcxz.matching.match.YearMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The password rules, after NIST SP 800-63B and ASVS 5.0 V6.2: long enough, no composition rules, any Unicode, and
 * not guessable. Passwords are NFKC-normalised before they are measured, hashed or compared, so a password typed with
 * full-width digits or decomposed kana is the same password. bcrypt reads at most 72 bytes: longer passwords are
 * refused with a message rather than silently cut. Guessability is estimated offline by nbvcxz (MIT licence) with its
 * bundled dictionaries — about 30,000 of the most common leaked passwords, English words, the EFF word list, first
 * names and surnames — plus the words of this application and the account's own username; below
 * {@value #MIN_ENTROPY_BITS} bits of estimated entropy the password is refused, and the message says what made it
 * guessable.
 */
final class PasswordPolicy {

    static final int MIN_CHARACTERS = 12;
    static final int MAX_BYTES = 72;
    static final double MIN_ENTROPY_BITS = 35;

    /** Words anyone attacking this site would try first. */
    private static final List<String> SITE_WORDS = List.of("peace", "peacekeeping", "peacekeeper", "operations",
            "operation", "record", "records", "japan", "nippon", "nihon", "united", "nations", "un", "unitednations",
            "khare", "kwansei", "gakuin", "triangular", "partnership", "tpp", "admin", "administrator", "editor",
            "password", "passwort", "login", "signin");

    private PasswordPolicy() {
    }

    static String normalize(CharSequence raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC);
    }

    static boolean fitsBcrypt(CharSequence raw) {
        return normalize(raw).getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /** The message key of what is wrong with the password, if anything. */
    static Optional<String> violation(String raw) {
        return violation(raw, null);
    }

    /** The message key of what is wrong with the password for this username (which it must not be built from). */
    static Optional<String> violation(String raw, String username) {
        if (raw == null || raw.isEmpty()) {
            return Optional.of("password.required");
        }
        String normalized = normalize(raw);
        if (normalized.codePointCount(0, normalized.length()) < MIN_CHARACTERS) {
            return Optional.of("password.tooShort");
        }
        if (!fitsBcrypt(normalized)) {
            return Optional.of("password.tooLong");
        }
        return guessable(normalized, username);
    }

    private static Optional<String> guessable(String password, String username) {
        Result result = estimator(username).estimate(password);
        if (result.getEntropy() >= MIN_ENTROPY_BITS) {
            return Optional.empty();
        }
        return Optional.of(reason(result.getMatches()));
    }

    /** The message key of what made the password guessable, from its weakest parts: the first reason that applies. */
    private static String reason(List<Match> matches) {
        List<String> dictionaries = matches.stream().filter(DictionaryMatch.class::isInstance)
                .map(match -> ((DictionaryMatch) match).getDictionaryName()).toList();
        if (dictionaries.contains("passwords")) {
            return "password.guessable.common";
        }
        if (dictionaries.contains("site")) {
            return "password.guessable.site";
        }
        if (dictionaries.stream().anyMatch(name -> name.endsWith("names"))) {
            return "password.guessable.names";
        }
        if (!dictionaries.isEmpty()) {
            return "password.guessable.words";
        }
        if (matches.stream().anyMatch(match -> match instanceof SpacialMatch)) {
            return "password.guessable.keyboard";
        }
        if (matches.stream().anyMatch(match -> match instanceof RepeatMatch || match instanceof SequenceMatch)) {
            return "password.guessable.pattern";
        }
        if (matches.stream().anyMatch(match -> match instanceof DateMatch || match instanceof YearMatch)) {
            return "password.guessable.dates";
        }
        return "password.guessable.short";
    }

    private static Nbvcxz estimator(String username) {
        return username == null || username.isBlank() ? General.ESTIMATOR : new Nbvcxz(configuration(username));
    }

    /**
     * The estimator without a username, made on the first password measured rather than when this class is first
     * used: nbvcxz keeps its dictionaries (about 25 MB of heap) from then on, and a server that only serves readers,
     * or only signs editors in, never needs them.
     */
    private static final class General {
        private static final Nbvcxz ESTIMATOR = new Nbvcxz(configuration(null));
    }

    private static me.gosimple.nbvcxz.resources.Configuration configuration(String username) {
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        DictionaryBuilder site = new DictionaryBuilder().setDictionaryName("site").setExclusion(true);
        for (int rank = 0; rank < SITE_WORDS.size(); rank++) {
            site.addWord(SITE_WORDS.get(rank), rank + 1);
        }
        if (username != null && !username.isBlank()) {
            site.addWord(username.toLowerCase(), 1);
            for (String part : username.toLowerCase().split("[._-]+")) {
                if (part.length() >= 3) {
                    site.addWord(part, 1);
                }
            }
        }
        dictionaries.add(site.createDictionary());
        return new ConfigurationBuilder().setDictionaries(dictionaries)
                .setMinimumEntropy(MIN_ENTROPY_BITS).createConfiguration();
    }
}
