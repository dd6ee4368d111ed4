package org.peacerecord.search;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.peacerecord.web.Htmx;
import org.peacerecord.web.ListPages;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
    String search(@Valid SearchFilter filter, Model model, HttpServletRequest request, HttpServletResponse response) {
        SearchResults results = search.search(filter.q(), filter.type(), ListPages.of(filter.pageNumber()));
        model.addAttribute("results", results);
        model.addAttribute("maxQueryLength", SearchService.MAX_QUERY_LENGTH);
        if (filter.type() != null && !results.groups().isEmpty()) {
            SearchResults.Group group = results.groups().get(0);
            model.addAttribute("page", new PageImpl<>(group.hits(), ListPages.of(filter.pageNumber()), group.total()));
        }
        return Htmx.pageOrFragment(request, response, "search/index", "results", filter.toUrl("/search"));
    }
}
