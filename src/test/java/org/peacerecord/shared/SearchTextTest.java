package org.peacerecord.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertThat(SearchText.normalise("José Ramos-Horta")).isEqualTo("jose ramos horta");
        assertThat(SearchText.normalise("TIMOR-LESTE")).isEqualTo(SearchText.normalise("Timor–Leste"));
        assertThat(SearchText.normalise("Ōsaka, Côte d’Ivoire!")).isEqualTo("osaka cote d ivoire");
        assertThat(SearchText.normalise("Søren Straße Œuvre")).isEqualTo("soren strasse oeuvre");
    }

    @Test
    void foldsFullWidthFormsButKeepsJapaneseVoicingMarks() {
        assertThat(SearchText.normalise("ＵＮＴＡＣ")).isEqualTo("untac");
        assertThat(SearchText.normalise("ｶﾞ")).isEqualTo("ガ");
        assertThat(SearchText.normalise("長谷川祐弘")).isEqualTo("長谷川祐弘");
        assertThat(SearchText.normalise("ガ")).isNotEqualTo(SearchText.normalise("カ"));
    }

    @Test
    void joinsPartsAndSkipsEmptyOnes() {
        assertThat(SearchText.of("UNTAC", null, "  ", "Cambodia")).isEqualTo("untac cambodia");
        assertThat(SearchText.of((String) null)).isEmpty();
        assertThat(SearchText.of("x".repeat(SearchText.MAX_LENGTH + 50))).hasSize(SearchText.MAX_LENGTH);
    }

    @Test
    void queryTermsAreDistinctWordsUpToALimit() {
        assertThat(SearchText.terms("  Jose  JOSÉ ramos-horta ", 8)).containsExactly("jose", "ramos", "horta");
        assertThat(SearchText.terms("a b c d e", 3)).containsExactly("a", "b", "c");
        assertThat(SearchText.terms("%_' --", 8)).isEmpty();
    }

    @Test
    void containsPatternEscapesLikeWildcards() {
        assertThat(SearchText.containsPattern("50%_off\\")).isEqualTo("%50\\%\\_off\\\\%");
        assertThat(SearchText.containsPattern("timor")).isEqualTo("%timor%");
        assertThat(SearchText.wordStartPatterns("un")).containsExactly("un%", "% un%");
        assertThat(SearchText.wordStartPatterns("_%")).containsExactly("\\_\\%%", "% \\_\\%%");
    }
}
