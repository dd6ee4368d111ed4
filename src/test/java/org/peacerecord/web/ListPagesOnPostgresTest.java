package org.peacerecord.web;

import org.peacerecord.support.PostgresTest;

/** The list pages' shared behaviour ({@link ListPagesContract}) on PostgreSQL. */
@PostgresTest
class ListPagesOnPostgresTest extends ListPagesContract {
}
