package org.peacerecord.region;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import org.peacerecord.api.ApiCollection;
import org.peacerecord.api.ApiController;
import org.peacerecord.api.ApiList;
import org.peacerecord.api.ApiResponses;
import org.peacerecord.export.ExportColumn;
import org.peacerecord.export.ExportTable;
import org.peacerecord.web.ListPages;
import org.peacerecord.web.PageOnlyFilter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The regions in the read API: the codes the lists' {@code region} filters take, each region followed by the regions
 * within it, with its parent's code; and one region with its sources. A region's page ({@code url}) is its trainings.
 */
@ApiController
class RegionApi extends ApiCollection {

    static final String PATH = "/regions";

    static final ExportTable<Region> TABLE = ExportTable.of("regions",
            ExportColumn.of("code", Region::getCode),
            ExportColumn.of("name", Region::getName),
            ExportColumn.of("name_ja", Region::getNameJa),
            ExportColumn.of("parent", r -> r.getParent() == null ? null : r.getParent().getCode()));

    private final Regions regions;
    private final ApiResponses api;

    RegionApi(Regions regions, ApiResponses api) {
        super(PATH, TABLE);
        this.regions = regions;
        this.api = api;
    }

    @GetMapping(ApiResponses.BASE + PATH)
    ApiList list(@Valid @ParameterObject PageOnlyFilter filter) {
        RegionTree tree = regions.tree();
        List<Region> ordered = new ArrayList<>();
        tree.roots().forEach(root -> addWithChildren(root, tree, ordered));
        Pageable pageable = ListPages.of(filter.pageNumber());
        List<Region> page = ordered.stream().skip(pageable.getOffset()).limit(pageable.getPageSize()).toList();
        return api.list(PATH, filter, new PageImpl<>(page, pageable, ordered.size()), TABLE,
                (Region r) -> api.href(r), (Region r) -> path(r.getCode()));
    }

    @GetMapping(ApiResponses.BASE + PATH + "/{code:[a-z0-9-]{1,60}}")
    Map<String, Object> one(@Parameter(description = "The region's code", example = "eastern-africa")
                            @PathVariable String code) {
        Region region = regions.withCitations(code);
        return api.record(TABLE, region, region, List.of(), path(code));
    }

    private static String path(String code) {
        return PATH + "/" + code;
    }

    private static void addWithChildren(Region region, RegionTree tree, List<Region> ordered) {
        ordered.add(region);
        tree.children(region).forEach(child -> addWithChildren(child, tree, ordered));
    }
}
