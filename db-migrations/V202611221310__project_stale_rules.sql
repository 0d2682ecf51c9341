-- How many days without activity make a project stale, per stage (ADMIN setting). A stage without a row is
-- never stale. 洽谈 30 days is the handbook's default.

CREATE TABLE stale_rule (
    stage      VARCHAR(20) NOT NULL,
    days       INT         NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (stage)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO stale_rule (stage, days, version, created_at, updated_at)
VALUES ('NEGOTIATION', 30, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
