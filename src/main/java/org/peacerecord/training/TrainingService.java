package org.peacerecord.training;

import org.peacerecord.api.ApiList;
import org.peacerecord.api.ApiResponses;
import org.peacerecord.country.Countries;
import org.peacerecord.country.CountryMaps;
import org.peacerecord.database.VersionedCache;
import org.peacerecord.region.Region;
import org.peacerecord.region.RegionTree;
import org.peacerecord.region.Regions;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.LinkedSection;
import org.peacerecord.shared.Provenance;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.web.FilterOption;
import org.peacerecord.web.InvalidFilterException;
import org.peacerecord.web.ListPages;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads trainings for the public pages: the filtered, faceted, paged list; one training with all it shows;
 * the whole filtered list for downloads. Each is a fixed number of statements whatever the data size.
 */
@Service
@Transactional(readOnly = true)
class TrainingService {

    private final TrainingQueries queries;
    private final Regions regions;
    private final List<TrainingPageSection> sections;

    private final ApiResponses api;

    private final CountryMaps maps;

    private final VersionedCache cache;

    TrainingService(TrainingQueries queries, Regions regions, List<TrainingPageSection> sections, ApiResponses api,
                    CountryMaps maps, VersionedCache cache) {
        this.maps = maps;
        this.cache = cache;
        this.api = api;
        this.queries = queries;
        this.regions = regions;
        this.sections = sections;
    }

    /**
     * One page of trainings, the facet counts and the map: regions, page, count and six grouped counts (nine
     * statements); the counts are kept per data version, so a list seen before since the last change runs two.
     */
    TrainingResults browse(TrainingFilter filter) {
        RegionTree tree = regions.tree();
        TrainingCriteria criteria = resolve(filter, tree);
        TrainingCounts counts = cache.get(criteria.cacheKey(), () -> queries.counts(criteria));
        Pageable pageable = ListPages.of(filter.pageNumber());
        List<Training> content = pageable.getOffset() < counts.total()
                ? queries.find(criteria, filter.sortOrder(), (int) pageable.getOffset(), pageable.getPageSize())
                : List.of();
        Page<Training> page = new PageImpl<>(content, pageable, counts.total());
        Locale locale = LocaleContextHolder.getLocale();
        return new TrainingResults(filter, page, facets(filter, tree, counts),
                maps.counts(counts.byCountry(), code -> filter.inCountry(code).toUrl("/trainings"), locale));
    }

    /**
     * Every training matching the filter (no paging), with region, themes, citations and countries, handed on as it is
     * read (a cursor: the heap holds a batch of trainings, not twenty thousand with their collections): four
     * statements, in one snapshot of the data (the collections read first match the trainings read after them).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    void export(TrainingFilter filter, Consumer<? super TrainingExport.Row> sink) {
        TrainingCriteria criteria = resolve(filter, regions.tree());
        TrainingExport.CollectionColumns collections = queries.collections(criteria);
        queries.forEach(criteria, filter.sortOrder(), t -> sink.accept(collections.row(t)));
    }

    /**
     * One page of the list for the read API, as the page lists it, with missions, themes and citations: regions, page
     * and four for the page's associations, plus the seven counts until they are kept.
     */
    ApiList api(TrainingFilter filter) {
        Page<Training> page = browse(filter).page();
        queries.fetchCollections(page.getContent());
        return api.list(TrainingApi.PATH, filter, page, rows -> rows.stream().map(TrainingExport.Row::of).toList(),
                TrainingExport.TABLE, r -> api.href(r.training()));
    }

    /** A training for the read API: its fields, citations and the records linked to it, as its page shows them. */
    Map<String, Object> api(long id) {
        TrainingDetail detail = detail(id);
        return api.record(TrainingExport.TABLE, TrainingExport.Row.of(detail.training()), detail.training(),
                detail.sections());
    }

    TrainingDetail detail(long id) {
        Training training = queries.findDetail(id).orElseThrow(() -> RecordNotFoundException.record("TRAINING", id));
        List<A4pTheme> themes = training.getThemes().stream()
                .sorted(Comparator.comparingInt(A4pTheme::getSortOrder)).toList();
        return new TrainingDetail(training, themes, sections.stream()
                .map(s -> LinkedSection.of(s.headingKey(), s.linkedToTraining(training), null)).toList());
    }

    private static TrainingCriteria resolve(TrainingFilter filter, RegionTree tree) {
        Set<Long> regionIds = null;
        if (filter.region() != null) {
            Region region = tree.find(filter.region())
                    .orElseThrow(() -> new InvalidFilterException("region", filter.region()));
            regionIds = tree.selfAndDescendantIds(region);
        }
        if (filter.country() != null && !Countries.all().exists(filter.country())) {
            throw new InvalidFilterException("country", filter.country());
        }
        return new TrainingCriteria(regionIds, filter.discipline(), filter.mode(), filter.year(), filter.source(),
                filter.country());
    }

    private TrainingFacets facets(TrainingFilter filter, RegionTree tree, TrainingCounts counts) {
        Map<Long, Long> regionTotals = tree.rollUp(counts.byRegionId());
        Map<String, Long> byCountry = counts.byCountry();
        Locale locale = LocaleContextHolder.getLocale();
        List<FilterOption> regions = FilterOption.withAny("region", filter.region() == null, tree.roots().stream()
                .map(root -> regionOption(root, tree, regionTotals, filter.region(), locale)));

        // Years with trainings under the other filters
        List<FilterOption> years = FilterOption.years(counts.byYear(), filter.year());

        return new TrainingFacets(regions,
                enumOptions("discipline", Discipline.values(), counts.byDiscipline(), filter.discipline()),
                enumOptions("mode", DeliveryMode.values(), counts.byMode(), filter.mode()),
                years,
                enumOptions("source", Provenance.values(), counts.bySource(), filter.source()),
                FilterOption.withAny("country", filter.country() == null, Countries.all().sorted(locale).stream()
                        .filter(c -> byCountry.containsKey(c.code()) || c.code().equals(filter.country()))
                        .map(c -> FilterOption.text(c.code(), c.name(locale), byCountry.getOrDefault(c.code(), 0L),
                                c.code().equals(filter.country())))),
                Arrays.stream(TrainingSort.values())
                        .map(sort -> FilterOption.sort(sort, sort.param(), sort == filter.sortOrder())).toList());
    }

    private static FilterOption regionOption(Region region, RegionTree tree, Map<Long, Long> totals, String selected,
                                             Locale locale) {
        FilterOption option = FilterOption.text(region.getCode(), region.getDisplayName(locale),
                totals.getOrDefault(region.getId(), 0L), region.getCode().equals(selected));
        return option.withChildren(tree.children(region).stream()
                .map(child -> regionOption(child, tree, totals, selected, locale)).toList());
    }

    private static <E extends Enum<E>> List<FilterOption> enumOptions(String name, E[] values, Map<E, Long> counts,
                                                                      E selected) {
        return FilterOption.withAny(name, selected == null, Arrays.stream(values)
                .map(value -> FilterOption.constant(value, counts.getOrDefault(value, 0L), value == selected)));
    }
}
