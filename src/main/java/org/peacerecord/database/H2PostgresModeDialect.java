package org.peacerecord.database;

import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.NullOrdering;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;

/**
 * H2 as the embedded default runs it ({@code DEFAULT_NULL_ORDERING=HIGH}): nulls sort as the greatest values,
 * as in PostgreSQL. Hibernate's H2 dialect assumes H2's own default (nulls smallest) and therefore leaves out a
 * {@code NULLS LAST} it believes redundant: "newest first" then listed undated records first on H2 only. Telling
 * Hibernate the truth makes it write the same null ordering on both databases.
 */
public class H2PostgresModeDialect extends H2Dialect {

    public H2PostgresModeDialect(DialectResolutionInfo info) {
        super(info);
    }

    public H2PostgresModeDialect() {
        super();
    }

    @Override
    public NullOrdering getNullOrdering() {
        return NullOrdering.GREATEST;
    }
}
