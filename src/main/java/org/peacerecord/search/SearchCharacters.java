package org.peacerecord.search;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.type.StandardBasicTypes;

/**
 * The query function {@code has_characters(text, term)}: true when the text holds every character of the term
 * (anywhere, in any order). The search adds it beside its {@code LIKE '%term%'} for Japanese (or Chinese) terms of
 * one or two characters, which the trigram indexes cannot look up: on PostgreSQL it is
 * {@code string_to_array(text, NULL) @> string_to_array(term, NULL)}, answered by the GIN index of each searchable
 * table's characters (migration {@code V2026_12_03_1100__search_characters}); elsewhere (H2) a plain
 * {@code LOCATE}, which the {@code LIKE} beside it makes redundant but never wrong. Registered with Hibernate through
 * {@code META-INF/services}.
 */
public class SearchCharacters implements FunctionContributor {

    static final String FUNCTION = "has_characters";

    @Override
    public void contributeFunctions(FunctionContributions contributions) {
        String pattern = contributions.getDialect() instanceof PostgreSQLDialect
                ? "(string_to_array(?1, NULL) @> string_to_array(?2, NULL))"
                : "(locate(?2, ?1) > 0)";
        contributions.getFunctionRegistry().registerPattern(FUNCTION, pattern,
                contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
    }
}
