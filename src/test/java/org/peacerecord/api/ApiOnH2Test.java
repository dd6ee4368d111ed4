package org.peacerecord.api;

import org.peacerecord.support.EmbeddedDatabaseTest;

/** The read API's contract ({@link ApiContract}) on the embedded default, H2. */
@EmbeddedDatabaseTest
class ApiOnH2Test extends ApiContract {
}
