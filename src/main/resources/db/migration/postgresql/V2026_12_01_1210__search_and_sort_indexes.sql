-- PostgreSQL only: what search and the title sorts need at scale.
-- Search is a LIKE '%term%' on the normalised search_text of each record type (search.SearchService): trigram GIN
-- indexes answer it for terms of three characters or more; shorter terms (one or two Japanese characters) still
-- match, by a scan. pg_trgm is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_contribution_search ON contribution USING gin (search_text gin_trgm_ops);
CREATE INDEX ix_training_search ON training USING gin (search_text gin_trgm_ops);
CREATE INDEX ix_person_search ON person USING gin (search_text gin_trgm_ops);
CREATE INDEX ix_mission_search ON mission USING gin (search_text gin_trgm_ops);
CREATE INDEX ix_milestone_search ON milestone USING gin (search_text gin_trgm_ops);
CREATE INDEX ix_initiative_search ON initiative USING gin (search_text gin_trgm_ops);
CREATE INDEX ix_passage_search ON passage USING gin (search_text gin_trgm_ops);
-- Lists sorted by title or name, case-insensitively (upper(...), as the queries write it).
CREATE INDEX ix_contribution_title ON contribution (upper(title), id);
CREATE INDEX ix_training_title ON training (upper(title), id);
CREATE INDEX ix_person_upper_name ON person (upper(name), id);
-- The timeline and the date sorts order by the start, or the end when only that is known.
CREATE INDEX ix_contribution_day ON contribution ((coalesce(start_date, end_date)));
CREATE INDEX ix_training_day ON training ((coalesce(start_date, end_date)));
