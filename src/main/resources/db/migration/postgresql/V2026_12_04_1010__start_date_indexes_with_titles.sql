-- PostgreSQL only: contributions and trainings walked in date order are walked in their full order (start date, title
-- regardless of case, id: ix_contribution_start_title, ix_training_start_title), never by the start date alone. With
-- an index of the start date alone, PostgreSQL preferred it and sorted each date's records by title; a theme's page
-- (its first 51 of 11,933 contributions at 100 times the data, in that order) then read every contribution of the 51st
-- one's date and probed its themes: 910 contributions and 2,696 buffers, against 409 and 1,237 in the full order.
-- The indexes with titles serve every query the dropped ones did (the start date leads them).
DROP INDEX ix_contribution_start;
DROP INDEX ix_training_start;
