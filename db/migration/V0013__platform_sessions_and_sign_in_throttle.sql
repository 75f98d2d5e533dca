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
