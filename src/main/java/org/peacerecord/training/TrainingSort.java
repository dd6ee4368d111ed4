package org.peacerecord.training;

import java.util.Arrays;
import java.util.Optional;

/** Orders of the trainings list, as written in the query string ({@code sort=date-asc}). */
public enum TrainingSort {
    /** Newest first; undated trainings last. The default. */
    DATE("date"),
    /** Oldest first; undated trainings last. */
    DATE_ASC("date-asc"),
    TITLE("title");

    /** The {@code @Pattern} that a sort parameter must match (keep in step with the params). */
    static final String PARAMS = "date|date-asc|title";

    private final String param;

    TrainingSort(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    public static Optional<TrainingSort> fromParam(String param) {
        return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
    }
}
