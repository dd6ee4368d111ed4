-- PostgreSQL only: the sorts that still read every row at 100 times the statement's data, measured with auto_explain
-- on each list page and sort (docs/benchmarks.md, "Query plans at 100x"), and the start-up's check for rows without
-- search text.
-- Contributions, latest first (contribution.ContributionSort.START_DESC): ix_contribution_start_title read backwards
-- gives the titles in reverse too, so 100,000 rows were sorted for each page (200-300 ms).
CREATE INDEX ix_contribution_latest_first ON contribution (start_date DESC NULLS LAST, upper(title), id);
-- The missions list by acronym (its default) and by start (mission.MissionSort), and the missions' choices kept per
-- data version (mission.Missions.choices): 2,007 rows sorted each time (2-8 ms).
CREATE INDEX ix_mission_acronym ON mission (upper(acronym), id);
CREATE INDEX ix_mission_start_acronym ON mission (start_date ASC NULLS LAST, upper(acronym), id);
-- search.SearchTextRefresh asks at every start whether a table has rows without search text; those rows are few or
-- none, and the question read every row (contributions 211 ms, trainings 45 ms at 100x). Partial indexes hold only
-- such rows, so the answer is one index page whatever the data size.
CREATE INDEX ix_contribution_search_pending ON contribution (id) WHERE search_text IS NULL;
CREATE INDEX ix_training_search_pending ON training (id) WHERE search_text IS NULL;
CREATE INDEX ix_person_search_pending ON person (id) WHERE search_text IS NULL;
CREATE INDEX ix_mission_search_pending ON mission (id) WHERE search_text IS NULL;
CREATE INDEX ix_milestone_search_pending ON milestone (id) WHERE search_text IS NULL;
CREATE INDEX ix_initiative_search_pending ON initiative (id) WHERE search_text IS NULL;
