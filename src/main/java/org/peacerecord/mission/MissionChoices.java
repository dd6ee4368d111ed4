package org.peacerecord.mission;

import org.peacerecord.database.VersionedCache;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.web.FilterOption;
import org.peacerecord.web.InvalidFilterException;

import java.util.List;

/**
 * Every mission's id, acronym, name and mandate, by acronym: what the lists' mission filters need (resolving
 * {@code ?mission=} and offering the choices) and the timeline's lane of missions draws, without loading the missions
 * themselves. Immutable and free of entities, so that it is kept per data version ({@link Missions#choices()}).
 */
public record MissionChoices(List<Choice> all) implements VersionedCache.Weighed {

    /** One mission as a filter offers it and the timeline draws it (start and end may be null). */
    public record Choice(long id, String acronym, String name, PartialDate start, PartialDate end) {
    }

    public MissionChoices {
        all = List.copyOf(all);
    }

    /** The choices of missions already loaded, in their order. */
    public static MissionChoices of(List<Mission> missions) {
        return new MissionChoices(missions.stream().map(m -> new Choice(m.getId(), m.getAcronym(), m.getName(),
                m.getStart(), m.getEnd())).toList());
    }

    /**
     * The id of the mission with this acronym, in any case; null when none is asked for. An unknown acronym is a bad
     * request ({@link InvalidFilterException}).
     */
    public Long idOf(String acronym) {
        if (acronym == null) {
            return null;
        }
        return all.stream().filter(c -> c.acronym().equalsIgnoreCase(acronym)).findFirst()
                .orElseThrow(() -> new InvalidFilterException("mission", acronym)).id();
    }

    /** The mission filter's options: any mission, then each by acronym, the one with {@code selectedId} chosen. */
    public List<FilterOption> options(Long selectedId) {
        return FilterOption.withAny("mission", selectedId == null, all.stream().map(c ->
                FilterOption.text(c.acronym(), c.acronym(), null, selectedId != null && c.id() == selectedId)));
    }

    @Override
    public int estimatedBytes() {
        return 64 + all.size() * 320;
    }
}
