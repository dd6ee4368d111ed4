package org.peacerecord.api;

import org.peacerecord.support.PostgresTest;

/** The read API's contract ({@link ApiContract}) on PostgreSQL, the production database. */
@PostgresTest
class ApiOnPostgresTest extends ApiContract {
}
