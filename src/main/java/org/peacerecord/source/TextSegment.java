package org.peacerecord.source;

import java.util.ArrayList;
import java.util.List;

/** A run of passage text, emphasised or not; templates render it with th:text only. */
public record TextSegment(String text, boolean emphasised) {

    static List<TextSegment> parse(String text) {
        List<TextSegment> segments = new ArrayList<>();
        String[] parts = text.split("\\*\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                segments.add(new TextSegment(parts[i], i % 2 == 1));
            }
        }
        return segments;
    }
}
