package org.peacerecord.mission;

import org.peacerecord.database.VersionedCache;
import org.peacerecord.shared.PartialDate;
import org.peacerecord.web.FilterOption;
import org.peacerecord.web.InvalidFilterException;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every mission's id, acronym, name and mandate, by acronym: what the lists' mission filters need (resolving
 * {@code ?mission=} and offering the choices), the timeline's lane of missions draws and its entries name, and how a
 * mission's page finds it by acronym, without loading the missions themselves. Immutable and free of entities, so that it is kept per data version ({@link Missions#choices()}).
 */
public final class MissionChoices implements VersionedCache.Weighed {

    /** One mission as a filter offers it and the timeline draws it (start and end may be null). */
    public record Choice(long id, String acronym, String name, PartialDate start, PartialDate end) {
    }

    private final List<Choice> all;
    private final Map<String, Choice> byAcronym = new HashMap<>();
    private final Map<Long, Choice> byId = new HashMap<>();
    /**
     * The options with none chosen, built once: kept with the choices, the same list serves every view, so that its
     * rendering is found by identity ({@link org.peacerecord.web.RenderedOnce}) instead of by comparing 2,008 options
     * at 100 times the data.
     */
    private volatile List<FilterOption> noneChosen;

    public MissionChoices(List<Choice> all) {
        this.all = List.copyOf(all);
        for (Choice choice : this.all) {
            byAcronym.putIfAbsent(choice.acronym().toUpperCase(Locale.ROOT), choice);
            byId.put(choice.id(), choice);
        }
    }

    /** Every mission's choice, by acronym. */
    public List<Choice> all() {
        return all;
    }

    /**
     * The id of the mission with this acronym, in any case; null when none is asked for. An unknown acronym is a bad
     * request ({@link InvalidFilterException}).
     */
    public Long idOf(String acronym) {
        if (acronym == null) {
            return null;
        }
        return find(acronym).orElseThrow(() -> new InvalidFilterException("mission", acronym)).id();
    }

    /** The mission with this id (none when it is newer than the choices, for up to a second on another instance). */
    public Optional<Choice> withId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The mission with this acronym, in any case. */
    public Optional<Choice> find(String acronym) {
        return Optional.ofNullable(byAcronym.get(acronym.toUpperCase(Locale.ROOT)));
    }

    /** The mission filter's options: any mission, then each by acronym, the one with {@code selectedId} chosen. */
    public List<FilterOption> options(Long selectedId) {
        if (selectedId == null) {
            List<FilterOption> options = noneChosen;
            if (options == null) {
                options = optionsChoosing(null);
                noneChosen = options;
            }
            return options;
        }
        return optionsChoosing(selectedId);
    }

    private List<FilterOption> optionsChoosing(Long selectedId) {
        return FilterOption.withAny("mission", selectedId == null, all.stream().map(c ->
                FilterOption.text(c.acronym(), c.acronym(), null, selectedId != null && c.id() == selectedId)));
    }

    @Override
    public int estimatedBytes() {
        return 64 + all.size() * (320 + 120 + 96); // with the options and the indexes
    }
}
