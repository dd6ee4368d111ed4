package org.peacerecord.api;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.peacerecord.shared.LinkedRecord;
import org.peacerecord.source.Passage;
import org.peacerecord.source.StatementExport;
import org.peacerecord.source.StatementPage;
import org.peacerecord.source.StatementService;
import org.peacerecord.web.CurrentUrl;
import org.peacerecord.web.ListPages;
import org.peacerecord.web.PageOnlyFilter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;

/**
 * The statement in the read API: its passages in order, each with how many records cite it (as {@code /statement.csv}
 * has them), and one passage with a page of the records citing it (as {@code /statement/passages/{number}} lists
 * them). Here rather than in {@code source}, which the API's representation itself depends on.
 */
@ApiController
class StatementApi extends ApiCollection {

    static final String PATH = "/statement";

    private final StatementService statement;
    private final ApiResponses api;

    StatementApi(StatementService statement, ApiResponses api) {
        super(PATH, StatementExport.TABLE);
        this.statement = statement;
        this.api = api;
    }

    @GetMapping(ApiResponses.BASE + PATH)
    ApiList list(@Valid @ParameterObject PageOnlyFilter filter) {
        StatementPage page = statement.load();
        List<Passage> passages = page.passages();
        Pageable pageable = ListPages.of(filter.pageNumber());
        List<StatementExport.Row> rows = passages.stream().skip(pageable.getOffset()).limit(pageable.getPageSize())
                .map(p -> new StatementExport.Row(p, page.citing(p), page.citingTotal(p))).toList();
        return api.list(PATH, filter, new PageImpl<>(rows, pageable, passages.size()), StatementExport.TABLE,
                r -> PATH + "/passages/" + r.passage().getNumber());
    }

    @GetMapping(ApiResponses.BASE + PATH + "/passages/{number:\\d{1,4}}")
    ApiPassage passage(@Parameter(description = "The passage's number", example = "22") @PathVariable int number,
                       @Valid @ParameterObject PageOnlyFilter filter) {
        StatementService.PassageCitations citing = statement.citing(number, filter.page());
        Passage passage = citing.passage();
        String path = PATH + "/passages/" + number;
        Page<LinkedRecord> records = citing.records().map(StatementPage.CitingRecord::link);
        return new ApiPassage(passage.getNumber(), passage.getKind().name(), passage.getSection(),
                passage.getPlainText(), CurrentUrl.site() + PATH + "#" + passage.getAnchor(),
                api.root() + path, api.linkedList(path, filter, records),
                ApiResponses.LICENSE);
    }
}
