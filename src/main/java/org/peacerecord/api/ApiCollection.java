package org.peacerecord.api;

import org.peacerecord.export.ExportTable;

/**
 * A controller of the read API that serves one kind of record ({@link ApiController}), naming its list's page and the
 * columns of its records: a record's fields are the columns of the list's download ({@link ExportTable}), so the API,
 * the CSV and the JSON download name every field alike. The API's root lists every such controller, and the OpenAPI
 * description lists each one's fields ({@link ApiDocs}).
 */
public abstract class ApiCollection {

    private final String path;
    private final ExportTable<?> table;

    /**
     * @param path  the list's page, whose address the API list has under {@value ApiResponses#BASE}: "/trainings"
     * @param table the columns of one record, as its download has them
     */
    protected ApiCollection(String path, ExportTable<?> table) {
        this.path = path;
        this.table = table;
    }

    public final String path() {
        return path;
    }

    public final ExportTable<?> table() {
        return table;
    }
}
