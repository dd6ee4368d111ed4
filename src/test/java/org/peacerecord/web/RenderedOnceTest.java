package org.peacerecord.web;

import org.junit.jupiter.api.Test;
import org.peacerecord.country.CountryMap;
import org.peacerecord.country.CountryMaps;
import org.peacerecord.mission.Mission;
import org.peacerecord.support.PostgresTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code pr:replace-cached} writes what {@code th:replace} writes, keeps it for equal arguments in the same language
 * and renders again for any other; the fragment sees its arguments and nothing else of the page (so nothing outside
 * the key can change what it writes); an argument that is not a value is refused. Templates in
 * {@code src/test/resources/templates/test/rendered-once.html}: each call made both ways side by side.
 */
@PostgresTest
class RenderedOnceTest {

    private static final JakartaServletWebApplication APPLICATION =
            JakartaServletWebApplication.buildApplication(new MockServletContext());

    @Autowired
    private ITemplateEngine engine;

    @Autowired
    private CountryMaps maps;

    @Autowired
    private RenderedOnce renderedOnce;

    @Test
    void theDrawingsAreWrittenAsThReplaceWritesThemInEachLanguageFirstTimeAndAfter() {
        BarChart chart = BarChart.ofYears(List.of("overview.series.contributions", "overview.series.trainings"),
                List.of(Map.of(2010, 2L, 2014, 5L), Map.of(2012, 3L)));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            CountryMap map = maps.counts(Map.of("404", 3L, "728", 12L), code -> "/trainings?country=" + code, locale);
            for (int time = 0; time < 2; time++) {
                Pair charts = render("chart", locale, Map.of("chart", chart));
                assertThat(charts.kept()).contains("<svg").contains("2014").isEqualTo(charts.inline());
                Pair drawnMaps = render("map", locale, Map.of("map", map));
                assertThat(drawnMaps.kept()).contains("/trainings?country=728").isEqualTo(drawnMaps.inline());
            }
        }
        assertThat(render("chart", Locale.JAPANESE, Map.of("chart", chart)).kept())
                .isNotEqualTo(render("chart", Locale.ENGLISH, Map.of("chart", chart)).kept());
    }

    @Test
    void aDrawingOfOtherDataIsRenderedAgain() {
        BarChart before = BarChart.ofYears(List.of("overview.series.contributions"), List.of(Map.of(2010, 2L)));
        BarChart after = BarChart.ofYears(List.of("overview.series.contributions"),
                List.of(Map.of(2010, 2L, 2011, 7L)));
        String first = render("chart", Locale.ENGLISH, Map.of("chart", before)).kept();
        Pair changed = render("chart", Locale.ENGLISH, Map.of("chart", after));
        assertThat(changed.kept()).isNotEqualTo(first).contains("2011").isEqualTo(changed.inline());
        assertThat(render("chart", Locale.ENGLISH, Map.of("chart", before)).kept()).isEqualTo(first);
    }

    @Test
    void aRenderingIsKeptForEqualArgumentsAndRenderedAgainForOthers() {
        Pair first = render("random", Locale.ENGLISH, Map.of("value", "kept"));
        Pair second = render("random", Locale.ENGLISH, Map.of("value", "kept"));
        assertThat(second.inline()).as("th:replace renders every time").isNotEqualTo(first.inline());
        assertThat(second.kept()).as("the same arguments: the kept rendering").isEqualTo(first.kept());
        assertThat(render("random", Locale.ENGLISH, Map.of("value", "other")).kept()).contains("other")
                .isNotEqualTo(first.kept().replace("kept", "other"));
        assertThat(render("random", Locale.JAPANESE, Map.of("value", "kept")).kept())
                .as("another language: rendered again").isNotEqualTo(first.kept());
    }

    @Test
    void anEqualArgumentBuiltAgainFindsTheRenderingKeptForTheFirst() {
        List<BarChart> first = List.of(BarChart.ofYears(List.of("overview.series.contributions"),
                List.of(Map.of(2010, 2L))));
        List<BarChart> equal = List.of(BarChart.ofYears(List.of("overview.series.contributions"),
                List.of(Map.of(2010, 2L))));
        assertThat(equal).isNotSameAs(first).isEqualTo(first);
        String kept = render("random", Locale.ENGLISH, Map.of("value", first)).kept();
        assertThat(render("random", Locale.ENGLISH, Map.of("value", equal)).kept()).isEqualTo(kept);
        assertThat(render("random", Locale.ENGLISH, Map.of("value", List.of(first.get(0), first.get(0)))).kept())
                .isNotEqualTo(kept);
    }

    @Test
    void aLargeArgumentBuiltAgainStandsForTheFirstEqualOneSoThatTheKeptKeyIsFoundByIdentity() {
        List<Integer> first = IntStream.range(0, 100).boxed().toList();
        List<Integer> again = IntStream.range(0, 100).boxed().toList();
        List<Integer> other = IntStream.range(1, 101).boxed().toList();
        assertThat(again).isNotSameAs(first).isEqualTo(first);
        assertThat(renderedOnce.firstEqual(first)).isSameAs(first);
        assertThat(renderedOnce.firstEqual(again)).isSameAs(first);
        assertThat(renderedOnce.firstEqual(other)).isSameAs(other);
        String kept = render("random", Locale.ENGLISH, Map.of("value", first)).kept();
        assertThat(render("random", Locale.ENGLISH, Map.of("value", again)).kept()).isEqualTo(kept);
        assertThat(render("random", Locale.ENGLISH, Map.of("value", other)).kept()).isNotEqualTo(kept);
    }

    @Test
    void theFragmentSeesItsArgumentsAndNothingElseOfThePage() {
        Pair echoed = render("echo", Locale.ENGLISH, Map.of("value", "argument", "pageOnly", "page"));
        assertThat(echoed.inline()).contains("argument / page");
        assertThat(echoed.kept()).contains("argument / ").doesNotContain("page");
    }

    @Test
    void anArgumentThatIsNotAValueIsRefused() {
        for (Object notAValue : List.of(new Object(), new Mission() { }, List.of(new StringBuilder("x")))) {
            assertThatThrownBy(() -> render("echo", Locale.ENGLISH, Map.of("value", notAValue)))
                    .isInstanceOf(TemplateProcessingException.class)
                    .rootCause().isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not compared by value");
        }
    }

    /** What the fragment {@code name} of the test template writes through pr:replace-cached and th:replace. */
    private Pair render(String name, Locale locale, Map<String, Object> variables) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        WebContext context = new WebContext(APPLICATION.buildExchange(request, new MockHttpServletResponse()), locale,
                new HashMap<>(variables));
        String html = engine.process("test/rendered-once", Set.of(name), context);
        return new Pair(between(html, "<div class=\"kept\">", "<div class=\"inline\">"),
                between(html, "<div class=\"inline\">", null));
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start) + start.length();
        return end == null ? html.substring(from) : html.substring(from, html.indexOf(end, from));
    }

    private record Pair(String kept, String inline) {
        Pair {
            inline = inline.substring(0, inline.lastIndexOf("</div>")); // the pair's own closing tag
            inline = inline.substring(0, inline.lastIndexOf("</div>"));
            kept = kept.substring(0, kept.lastIndexOf("</div>"));
        }
    }
}
