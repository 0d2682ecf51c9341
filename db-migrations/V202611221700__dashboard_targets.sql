-- 领导驾驶舱 targets: what ADMIN expects of the district (unit_id NULL) and of each unit in a year,
-- optionally split by quarter (quarter 1-4; 0 is the whole year). Amounts are 万元 with two decimals.
-- scope_unit_id folds NULL into 0 so that the unique key also holds for the district row
-- (a unique key lets several NULLs through on MySQL and MariaDB alike).

CREATE TABLE cockpit_target (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    target_year    INT            NOT NULL,
    quarter        TINYINT        NOT NULL DEFAULT 0,
    unit_id        BIGINT         NULL,
    scope_unit_id  BIGINT         AS (COALESCE(unit_id, 0)) STORED,
    signed_count   INT            NULL,
    signed_amount  DECIMAL(16, 2) NULL,
    landed_count   INT            NULL,
    library_count  INT            NULL,
    version        BIGINT         NOT NULL DEFAULT 0,
    created_at     DATETIME(6)    NOT NULL,
    updated_at     DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_cockpit_target_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uk_cockpit_target UNIQUE (target_year, scope_unit_id, quarter),
    CONSTRAINT ck_cockpit_target_quarter CHECK (quarter BETWEEN 0 AND 4)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
