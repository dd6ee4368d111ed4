package org.peacerecord.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI's texts, in every bundle (the shared one and each feature's, as {@link MessagesConfig} finds them):
 * English and Japanese carry the same keys, none of them empty; no key is defined in two bundles (the first
 * would silently win); and every key is used by a template or the code (a key built at run time is used when
 * its prefix is one of the known dynamic ones).
 */
class MessageBundleParityTest {

    /** Prefixes of keys that templates and code build at run time ("enum." + type + "." + constant, …). */
    private static final List<String> DYNAMIC = List.of("enum.", "layout.nav.", "overview.section.", "overview.series.",
            "type.", "error.", "admin.sort.", "field.", "timeline.kind.", "filter.any.", "qualifier.format.", "format.date.",
            "format.money.", "typeMismatch", "admin.validation.", "admin.flash.", "citation.", "admin.citations.",
            "admin.history.kind.", "training.detail.provenance.", "api.collection.", "api.kind.", "api.params.in.");
    /** The names each editable type gives itself in the editors' area: admin.<path>.title, .one, .noun, .new. */
    private static final java.util.regex.Pattern EDITOR_NAMES =
            java.util.regex.Pattern.compile("admin\\.[a-z]+\\.(title|one|noun|new)");

    static Stream<String> basenames() {
        return MessagesConfig.basenames().stream();
    }

    @ParameterizedTest
    @MethodSource("basenames")
    void englishAndJapaneseHaveTheSameKeys(String basename) throws IOException {
        Properties en = load(basename + ".properties");
        Properties ja = load(basename + "_ja.properties");

        assertThat(new TreeSet<>(ja.stringPropertyNames())).as(basename).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(en.stringPropertyNames()).as(basename).isNotEmpty();
        for (Properties bundle : new Properties[]{en, ja}) {
            Set<String> keys = bundle.stringPropertyNames();
            assertThat(keys).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void everyFeatureHasItsBundleAndNoKeyIsDefinedTwice() throws IOException {
        assertThat(MessagesConfig.basenames()).contains("messages", "org/peacerecord/mission/messages",
                "org/peacerecord/training/messages", "org/peacerecord/admin/messages");
        Map<String, String> owner = new HashMap<>();
        for (String basename : MessagesConfig.basenames()) {
            for (String key : load(basename + ".properties").stringPropertyNames()) {
                String first = owner.putIfAbsent(key, basename);
                assertThat(first).as("%s is defined in %s and in %s", key, first, basename).isNull();
            }
        }
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        String sources;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources/templates")))) {
            sources = files.filter(Files::isRegularFile).map(MessageBundleParityTest::read).collect(Collectors.joining("\n"));
        }
        Set<String> unused = new TreeSet<>();
        for (String basename : MessagesConfig.basenames()) {
            for (String key : load(basename + ".properties").stringPropertyNames()) {
                boolean dynamic = DYNAMIC.stream().anyMatch(key::startsWith) || EDITOR_NAMES.matcher(key).matches();
                if (!dynamic && !sources.contains(key)) {
                    unused.add(key);
                }
            }
        }
        assertThat(unused).as("keys no template or class uses").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleParityTest.class.getResourceAsStream("/" + path)) {
            assertThat(in).as(path).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
