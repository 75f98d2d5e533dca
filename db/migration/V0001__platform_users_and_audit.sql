-- Platform: users, their roles, and the audit trail every module writes to.

CREATE TABLE platform_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(128) NOT NULL,
    email           VARCHAR(254),
    -- PBKDF2 hash in Jakarta's self-describing format (algorithm, iterations, salt, hash).
    password_hash   VARCHAR(512) NOT NULL,
    language        VARCHAR(8)   NOT NULL DEFAULT 'fr',
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    TIMESTAMP    NULL,
    created_at      TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_platform_user_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE platform_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_platform_user_role_user FOREIGN KEY (user_id) REFERENCES platform_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE platform_audit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at TIMESTAMP(3) NOT NULL,
    username    VARCHAR(64)  NOT NULL,
    entity_type VARCHAR(64)  NOT NULL,
    entity_id   VARCHAR(64),
    action      VARCHAR(32)  NOT NULL,
    details     VARCHAR(1000),
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_platform_audit_occurred ON platform_audit (occurred_at);
CREATE INDEX ix_platform_audit_entity ON platform_audit (entity_type, entity_id);
