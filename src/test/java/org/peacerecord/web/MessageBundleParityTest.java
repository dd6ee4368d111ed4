package org.peacerecord.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** English and Japanese bundles carry the same keys, none of them empty. */
class MessageBundleParityTest {

    @Test
    void englishAndJapaneseHaveTheSameKeys() throws IOException {
        Properties en = load("/messages.properties");
        Properties ja = load("/messages_ja.properties");

        assertThat(new TreeSet<>(ja.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        assertThat(en.stringPropertyNames()).hasSizeGreaterThan(20);
        for (Properties bundle : new Properties[]{en, ja}) {
            Set<String> keys = bundle.stringPropertyNames();
            assertThat(keys).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessageBundleParityTest.class.getResourceAsStream(path), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
