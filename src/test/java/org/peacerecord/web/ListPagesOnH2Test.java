package org.peacerecord.web;

import org.peacerecord.support.EmbeddedDatabaseTest;

/** The list pages' shared behaviour ({@link ListPagesContract}) on the embedded default, H2. */
@EmbeddedDatabaseTest
class ListPagesOnH2Test extends ListPagesContract {
}
