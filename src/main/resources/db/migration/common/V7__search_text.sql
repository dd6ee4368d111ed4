-- Accent-, case- and width-insensitive search: every searchable record keeps a normalised copy of its
-- searchable text (org.peacerecord.shared.SearchText: NFKC, diacritics removed, lower case, punctuation
-- as spaces). The application writes it: entities on save (@PrePersist/@PreUpdate), and after any
-- migration run the search index is refreshed for rows written by SQL or by the public-record import.
-- Kept out of the user's sight; portable between PostgreSQL and H2 (plain VARCHAR, LIKE '%term%').
ALTER TABLE mission ADD COLUMN search_text VARCHAR(10000);
ALTER TABLE contribution ADD COLUMN search_text VARCHAR(10000);
ALTER TABLE training ADD COLUMN search_text VARCHAR(10000);
ALTER TABLE person ADD COLUMN search_text VARCHAR(10000);
ALTER TABLE milestone ADD COLUMN search_text VARCHAR(10000);
ALTER TABLE a4p_theme ADD COLUMN search_text VARCHAR(10000);
ALTER TABLE key_figure ADD COLUMN search_text VARCHAR(10000);
ALTER TABLE passage ADD COLUMN search_text VARCHAR(10000);
