-- Indexes for the filters and sorts of the public lists, so that filtered pages read a page's worth of rows even at
-- a hundred times the statement's data (bench/DataGenerator.java; plans in docs/benchmarks.md). Portable SQL; the
-- expression and trigram indexes are in the vendor folders.
CREATE INDEX ix_contribution_kind_start ON contribution (kind, start_date);
CREATE INDEX ix_contribution_region ON contribution (region_id);
CREATE INDEX ix_training_discipline ON training (discipline);
CREATE INDEX ix_training_mode ON training (delivery_mode);
CREATE INDEX ix_training_provenance ON training (provenance);
CREATE INDEX ix_mission_start ON mission (start_date);
CREATE INDEX ix_person_name ON person (name);
CREATE INDEX ix_contribution_theme_contribution ON contribution_theme (contribution_id);
CREATE INDEX ix_training_theme_training ON training_theme (training_id);
