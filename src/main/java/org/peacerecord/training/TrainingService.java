package org.peacerecord.training;

import org.peacerecord.region.Region;
import org.peacerecord.region.RegionRepository;
import org.peacerecord.region.RegionTree;
import org.peacerecord.shared.Discipline;
import org.peacerecord.shared.Provenance;
import org.peacerecord.theme.A4pTheme;
import org.peacerecord.training.TrainingFacets.Option;
import org.peacerecord.training.TrainingFacets.RegionOption;
import org.peacerecord.web.InvalidFilterException;
import org.peacerecord.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads trainings for the public pages: the filtered, faceted, paged list; one training with all it shows;
 * the whole filtered list for downloads. Each is a fixed number of statements whatever the data size.
 */
@Service
@Transactional(readOnly = true)
class TrainingService {

    private final TrainingQueries queries;
    private final RegionRepository regions;

    TrainingService(TrainingQueries queries, RegionRepository regions) {
        this.queries = queries;
        this.regions = regions;
    }

    /** One page of trainings and the facet counts: regions, count, page and five grouped counts (8 statements). */
    TrainingResults browse(TrainingFilter filter) {
        RegionTree tree = new RegionTree(regions.findAllInTreeOrder());
        TrainingCriteria criteria = resolve(filter, tree);
        long total = queries.count(criteria);
        PageRequest pageRequest = PageRequest.of(filter.pageNumber() - 1, TrainingFilter.PAGE_SIZE);
        List<Training> content = pageRequest.getOffset() < total
                ? queries.find(criteria, filter.sortOrder(), (int) pageRequest.getOffset(), pageRequest.getPageSize())
                : List.of();
        Page<Training> page = new PageImpl<>(content, pageRequest, total);
        return new TrainingResults(filter, page, facets(filter, criteria, tree));
    }

    /** Every training matching the filter (no paging), with region, themes and citations, for downloads. */
    List<Training> export(TrainingFilter filter) {
        RegionTree tree = new RegionTree(regions.findAllInTreeOrder());
        List<Training> trainings = queries.find(resolve(filter, tree), filter.sortOrder(), 0, null);
        queries.fetchThemesAndCitations(trainings);
        return trainings;
    }

    TrainingDetail detail(long id) {
        Training training = queries.findDetail(id).orElseThrow(() -> new RecordNotFoundException("training", id));
        List<A4pTheme> themes = training.getThemes().stream()
                .sorted(Comparator.comparingInt(A4pTheme::getSortOrder)).toList();
        return new TrainingDetail(training, themes);
    }

    private static TrainingCriteria resolve(TrainingFilter filter, RegionTree tree) {
        Set<Long> regionIds = null;
        if (filter.region() != null) {
            Region region = tree.find(filter.region())
                    .orElseThrow(() -> new InvalidFilterException("region", filter.region()));
            regionIds = tree.selfAndDescendantIds(region);
        }
        return new TrainingCriteria(regionIds, filter.discipline(), filter.mode(), filter.year(), filter.source());
    }

    private TrainingFacets facets(TrainingFilter filter, TrainingCriteria criteria, RegionTree tree) {
        Map<Long, Long> regionTotals = tree.rollUp(queries.countByRegionId(criteria));
        List<RegionOption> regionOptions = tree.roots().stream()
                .map(root -> regionOption(root, tree, regionTotals, filter.region()))
                .toList();

        Map<Integer, Long> yearCounts = queries.countByYear(criteria);
        // Years with trainings under the other filters, and the chosen year even when it has none.
        List<Option<Integer>> years = Stream.concat(yearCounts.keySet().stream(), Stream.ofNullable(filter.year()))
                .distinct().sorted(Comparator.reverseOrder())
                .map(year -> new Option<>(year, yearCounts.getOrDefault(year, 0L), year.equals(filter.year())))
                .toList();

        return new TrainingFacets(regionOptions,
                enumOptions(Discipline.values(), queries.countByDiscipline(criteria), filter.discipline()),
                enumOptions(DeliveryMode.values(), queries.countByMode(criteria), filter.mode()),
                years,
                enumOptions(Provenance.values(), queries.countBySource(criteria), filter.source()));
    }

    private static RegionOption regionOption(Region region, RegionTree tree, Map<Long, Long> totals, String selected) {
        List<RegionOption> children = tree.children(region).stream()
                .map(child -> regionOption(child, tree, totals, selected)).toList();
        return new RegionOption(region, totals.getOrDefault(region.getId(), 0L),
                region.getCode().equals(selected), children);
    }

    private static <E extends Enum<E>> List<Option<E>> enumOptions(E[] values, Map<E, Long> counts, E selected) {
        return Arrays.stream(values)
                .map(value -> new Option<>(value, counts.getOrDefault(value, 0L), value == selected))
                .toList();
    }
}
