package db.migration.common;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.peacerecord.database.AuditTrail;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;

/**
 * The corrections of the seed found by the audit against the statement (issue 11): duplicates merged, misfiled values
 * fixed, unsupported values cited or removed, and the statement's context, initiatives, requests and proposal added
 * as records (db/corrections/2026-12-01-fidelity.sql). Java rather than SQL so that every record it adds, changes or
 * deletes shows the change in its history: the tables are captured before and after the script and the difference is
 * written as a revision by "system" ({@link AuditTrail}).
 */
public class V2026_12_01_1000__Fidelity_corrections extends BaseJavaMigration {

    static final String SCRIPT = "db/corrections/2026-12-01-fidelity.sql";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        AuditTrail audit = AuditTrail.of(connection);
        AuditTrail.Snapshot before = audit.capture();
        ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource(SCRIPT), StandardCharsets.UTF_8));
        audit.record(before, audit.capture(), "system");
    }
}
