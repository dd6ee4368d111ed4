-- The kinds of record each revision changed (Envers' modified entity names: admin.history.Revision), so that the public
-- change feed finds each revision's records with one query. Revisions before this migration have none listed.
CREATE TABLE revchanges (
    rev         BIGINT       NOT NULL,
    entityname  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_revchanges PRIMARY KEY (rev, entityname),
    CONSTRAINT fk_revchanges_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
);
