-- The links of contributions and trainings to themes had an index on the record's id besides their primary keys,
-- which begin with that id (pk_contribution_theme (contribution_id, theme_id), pk_training_theme (training_id,
-- theme_id)) and answer the same lookups. The copies only cost writes: dropped. The theme's side keeps its own
-- indexes (ix_contribution_theme_theme, ix_training_theme_theme).
DROP INDEX ix_contribution_theme_contribution;
DROP INDEX ix_training_theme_training;
