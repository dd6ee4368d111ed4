-- Session ids of 256 random bits (security.SessionIds) instead of a UUID's 122: ASVS V7.2.3 asks for at least 128.
ALTER TABLE spring_session ALTER COLUMN session_id SET DATA TYPE VARCHAR(64);
