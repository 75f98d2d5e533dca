-- Signed-in sessions hold a user id and the user's session stamp; rights are read from here at every
-- request (DESIGN.md §7). Raising the stamp (password reset, deactivation) ends every other session.
ALTER TABLE platform_user ADD COLUMN session_stamp BIGINT NOT NULL DEFAULT 0;
-- The first administrator of a production start must choose their own password before anything else.
ALTER TABLE platform_user ADD COLUMN password_must_change BOOLEAN NOT NULL DEFAULT FALSE;
-- Accounts seeded with the published demo password: screens show a "demo" banner while one is active.
ALTER TABLE platform_user ADD COLUMN demo BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE platform_user SET demo = TRUE
 WHERE username IN ('admin', 'manager', 'coach', 'executive') AND email LIKE '%@terrain.example';

-- A hard lock after five failures let anyone lock anyone out; failures are now throttled instead.
ALTER TABLE platform_user DROP COLUMN failed_logins;
ALTER TABLE platform_user DROP COLUMN locked_until;

-- Failed sign-ins per key ("account|address" and "address"), counted atomically under a row lock:
-- past a free allowance, each further try waits a delay that doubles with every failure.
CREATE TABLE platform_sign_in_throttle (
    throttle_key VARCHAR(200) NOT NULL,
    failures     INT          NOT NULL,
    -- UTC; NULL until the first failure.
    last_failure DATETIME(3)  NULL,
    PRIMARY KEY (throttle_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Signed-in sessions, kept by Terrain itself rather than by the servlet container (whose replicated
-- sessions lose a session known only by its JSESSIONID, Payara FISH-13058, and whose role cache drops
-- roles, #6145/#6342): the browser or API client holds a random token in the cookie terrain_session;
-- only its SHA-256 is stored. Any instance of a cluster resolves it.
CREATE TABLE platform_web_session (
    token_hash    CHAR(64)    NOT NULL,
    user_id       BIGINT      NOT NULL,
    -- The user's session_stamp when the session began: a raised stamp ends the session.
    session_stamp BIGINT      NOT NULL,
    created_at    DATETIME(3) NOT NULL,
    last_seen_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (token_hash),
    CONSTRAINT fk_platform_web_session_user FOREIGN KEY (user_id) REFERENCES platform_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_platform_web_session_seen ON platform_web_session (last_seen_at);
