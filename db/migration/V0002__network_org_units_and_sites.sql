-- Network: the org tree (network > region > sector) and the contact points (sites).

CREATE TABLE network_org_unit (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    code            VARCHAR(32)  NOT NULL,
    name            VARCHAR(128) NOT NULL,
    level           VARCHAR(16)  NOT NULL,
    parent_id       BIGINT,
    manager_name    VARCHAR(128),
    manager_email   VARCHAR(254),
    -- Optional link to a Terrain user (platform_user.id); an id, not a foreign key across modules.
    manager_user_id BIGINT,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_network_org_unit_code UNIQUE (code),
    CONSTRAINT fk_network_org_unit_parent FOREIGN KEY (parent_id) REFERENCES network_org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_network_org_unit_parent ON network_org_unit (parent_id);

CREATE TABLE network_site (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    code          VARCHAR(32)   NOT NULL,
    name          VARCHAR(128)  NOT NULL,
    kind          VARCHAR(16)   NOT NULL,
    segment       VARCHAR(64),
    address       VARCHAR(256),
    city          VARCHAR(128),
    postal_code   VARCHAR(16),
    latitude      DECIMAL(9,6),
    longitude     DECIMAL(9,6),
    org_unit_id   BIGINT        NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    closed_on     DATE,
    opened_on     DATE,
    headcount     INT,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_network_site_code UNIQUE (code),
    CONSTRAINT fk_network_site_org_unit FOREIGN KEY (org_unit_id) REFERENCES network_org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The site list filters by these and pages by name; each filter has an index that leads with it.
CREATE INDEX ix_network_site_org_unit ON network_site (org_unit_id, name);
CREATE INDEX ix_network_site_kind ON network_site (kind, name);
CREATE INDEX ix_network_site_segment ON network_site (segment, name);
CREATE INDEX ix_network_site_status ON network_site (status, name);
CREATE INDEX ix_network_site_name ON network_site (name);
