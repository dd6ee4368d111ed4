package org.peacerecord.source;

import java.util.ArrayList;
import java.util.List;

/** A run of passage text, emphasised or not; templates render it with th:text only. */
public record TextSegment(String text, boolean emphasised) {

    /** The text split on {@code **} (a plain search for the marker: String.split compiled a pattern per call). */
    static List<TextSegment> parse(String text) {
        List<TextSegment> segments = new ArrayList<>();
        boolean emphasised = false;
        int start = 0;
        while (true) {
            int marker = text.indexOf(MARKER, start);
            int end = marker < 0 ? text.length() : marker;
            if (end > start) {
                segments.add(new TextSegment(text.substring(start, end), emphasised));
            }
            if (marker < 0) {
                return segments;
            }
            emphasised = !emphasised;
            start = marker + MARKER.length();
        }
    }

    private static final String MARKER = "**";
}
