package org.peacerecord.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextSegmentTest {

    @Test
    void splitsOnEmphasisMarkers() {
        assertThat(TextSegment.parse("Japan has **contributed** since 1992.")).containsExactly(
                new TextSegment("Japan has ", false), new TextSegment("contributed", true),
                new TextSegment(" since 1992.", false));
    }

    @Test
    void keepsTextWithoutMarkersWhole() {
        assertThat(TextSegment.parse("No emphasis here.")).containsExactly(new TextSegment("No emphasis here.", false));
        assertThat(TextSegment.parse("")).isEmpty();
    }

    @Test
    void emphasisAtEitherEndLeavesNoEmptySegments() {
        assertThat(TextSegment.parse("**Thank you.**")).containsExactly(new TextSegment("Thank you.", true));
        assertThat(TextSegment.parse("**a****b**")).containsExactly(new TextSegment("a", true), new TextSegment("b", true));
    }

    @Test
    void aLoneAsteriskIsText() {
        assertThat(TextSegment.parse("a***b")).containsExactly(new TextSegment("a", false), new TextSegment("*b", true));
        assertThat(TextSegment.parse("5 * 3")).containsExactly(new TextSegment("5 * 3", false));
    }
}
