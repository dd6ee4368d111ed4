package org.peacerecord.mission;

import java.util.Arrays;
import java.util.Optional;

/** Orders of the mission list, as written in the query string ({@code sort=start}). */
enum MissionSort {
    /** By acronym. The default. */
    ACRONYM("acronym", "upper(m.acronym), m.id"),
    /** Oldest first; undated last. */
    START("start", "m.start.date asc nulls last, upper(m.acronym), m.id");

    /** The {@code @Pattern} that a sort parameter must match (keep in step with the params). */
    static final String PARAMS = "acronym|start";

    private final String param;
    private final String jpql;

    MissionSort(String param, String jpql) {
        this.param = param;
        this.jpql = jpql;
    }

    public String param() {
        return param;
    }

    String jpql() {
        return jpql;
    }

    static Optional<MissionSort> fromParam(String param) {
        return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
    }
}
