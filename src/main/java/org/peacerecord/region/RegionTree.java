package org.peacerecord.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All regions as a tree (loaded in one query), for filters: a region stands for itself and every region
 * under it, so "Asia and the Pacific" matches records filed under South-eastern Asia.
 */
public final class RegionTree {

    private final List<Region> inTreeOrder;
    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final Map<Long, Region> byId = new LinkedHashMap<>();
    private final Map<Long, List<Region>> childrenByParentId = new LinkedHashMap<>();

    /** @param inTreeOrder every region, each parent before its children (as {@link Regions#tree()} loads them) */
    RegionTree(List<Region> inTreeOrder) {
        this.inTreeOrder = List.copyOf(inTreeOrder);
        for (Region region : inTreeOrder) {
            byCode.put(region.getCode(), region);
            byId.put(region.getId(), region);
            if (region.getParent() != null) {
                childrenByParentId.computeIfAbsent(region.getParent().getId(), id -> new ArrayList<>()).add(region);
            }
        }
    }

    public Optional<Region> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public Optional<Region> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every region, each parent before its children. */
    public List<Region> all() {
        return inTreeOrder;
    }

    /** Top-level regions in display order. */
    public List<Region> roots() {
        return inTreeOrder.stream().filter(r -> r.getParent() == null).toList();
    }

    public List<Region> children(Region region) {
        return Collections.unmodifiableList(childrenByParentId.getOrDefault(region.getId(), List.of()));
    }

    /** The ids of the region and of every region below it. */
    public Set<Long> selfAndDescendantIds(Region region) {
        Set<Long> ids = new LinkedHashSet<>();
        collect(region, ids);
        return ids;
    }

    private void collect(Region region, Set<Long> ids) {
        if (ids.add(region.getId())) {
            children(region).forEach(child -> collect(child, ids));
        }
    }

    /** Sums counts held per region id up the tree: a region's total includes its descendants'. */
    public Map<Long, Long> rollUp(Map<Long, Long> countsByRegionId) {
        Map<Long, Long> totals = new LinkedHashMap<>();
        for (Region region : inTreeOrder) {
            totals.put(region.getId(), sum(selfAndDescendantIds(region), countsByRegionId));
        }
        return totals;
    }

    private static long sum(Collection<Long> ids, Map<Long, Long> counts) {
        return ids.stream().mapToLong(id -> counts.getOrDefault(id, 0L)).sum();
    }
}
