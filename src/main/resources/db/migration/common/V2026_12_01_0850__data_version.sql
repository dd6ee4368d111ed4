-- The data version: one number that every committed change to public data advances, in the same transaction
-- (Hibernate writes of audited records, the public-record import and data corrections via database.AuditTrail, any
-- applied migration). Pages carry ETags and are cached by it (web.PageCache); a row lock orders the increments by
-- commit, so no change can hide behind a later one.
CREATE TABLE data_version (
    id      INTEGER PRIMARY KEY,
    version BIGINT  NOT NULL,
    CONSTRAINT ck_data_version_single CHECK (id = 1)
);
INSERT INTO data_version (id, version) VALUES (1, 1);
