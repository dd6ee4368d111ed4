package org.peacerecord.search;

import org.peacerecord.web.ListPages;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search?q=…}: every kind of record at once, grouped by kind with counts; {@code &type=person}
 * pages through one kind. No query shows just the form.
 */
@Controller
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
                  @RequestParam(required = false) Integer page, Model model) {
        SearchType only = SearchType.from(type).orElse(null);
        SearchResults results = search.search(q, only, ListPages.of(page));
        model.addAttribute("results", results);
        model.addAttribute("maxQueryLength", SearchService.MAX_QUERY_LENGTH);
        if (only != null && !results.groups().isEmpty()) {
            SearchResults.Group group = results.groups().get(0);
            model.addAttribute("page", new PageImpl<>(group.hits(), ListPages.of(page), group.total()));
        }
        return "search/index";
    }
}
