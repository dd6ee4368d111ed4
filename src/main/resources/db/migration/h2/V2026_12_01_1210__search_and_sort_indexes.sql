-- H2 (the embedded default): no trigram or expression indexes; search and the title sorts scan, which is quick at
-- the statement's size. Kept so that both vendors have the same migration versions.
SELECT 1;
