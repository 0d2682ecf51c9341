-- Users of the CRM. One role per user (STAFF, UNIT_LEAD, LEADER, ADMIN); everyone belongs to one unit.
-- failed_login_count / locked_until implement the temporary lock-out after repeated failed logins.

CREATE TABLE app_user (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    username           VARCHAR(50)  NOT NULL,
    password_hash      VARCHAR(100) NOT NULL,
    display_name       VARCHAR(50)  NOT NULL,
    title              VARCHAR(50)  NULL,
    email              VARCHAR(120) NULL,
    phone              VARCHAR(30)  NULL,
    unit_id            BIGINT       NOT NULL,
    role               VARCHAR(20)  NOT NULL,
    enabled            BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_login_count INT          NOT NULL DEFAULT 0,
    locked_until       DATETIME(6)  NULL,
    last_login_at      DATETIME(6)  NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    created_at         DATETIME(6)  NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_app_user_unit (unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
