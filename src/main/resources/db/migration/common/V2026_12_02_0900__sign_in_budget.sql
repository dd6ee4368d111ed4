-- Password guessing is limited by budgets reserved atomically before a password is checked (security.SignInThrottle):
-- one row per subject ("user:<name>", "device:<hash>", "address:<ip>", "account:<name>", "code:<name>"). A reservation
-- is one UPDATE of that row, so parallel requests cannot all pass a check made before any of them failed.
-- attempts: reserved or failed attempts in the window that began at window_start; locked_until: when the subject
-- used up its budget, the end of its lock. Rows are removed a day after their window.
CREATE TABLE sign_in_budget (
    subject       VARCHAR(300) NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts      INT          NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_sign_in_budget PRIMARY KEY (subject),
    CONSTRAINT ck_sign_in_budget_attempts CHECK (attempts >= 0)
);

CREATE INDEX ix_sign_in_budget_window ON sign_in_budget (window_start);

-- A browser that completed a sign-in gets a device cookie (OWASP's "device cookies"): its holder's attempts for that
-- username are counted apart from strangers', so strangers cannot keep an editor locked out. Only a SHA-256 hash of
-- the token is kept.
CREATE TABLE trusted_device (
    token_hash    CHAR(64)     NOT NULL,
    username      VARCHAR(50)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_trusted_device PRIMARY KEY (token_hash)
);

CREATE INDEX ix_trusted_device_username ON trusted_device (username);

DROP TABLE login_attempt;
