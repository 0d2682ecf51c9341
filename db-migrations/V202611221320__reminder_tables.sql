-- Reminders: the transactional outbox (one row per message, unique idempotency key), in-app notifications
-- (the bell), per-user mail preferences, secret calendar-feed tokens, and the run log of scheduled jobs.

CREATE TABLE outbox_message (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    idempotency_key   VARCHAR(200)  NOT NULL,
    channel           VARCHAR(20)   NOT NULL,
    kind              VARCHAR(30)   NOT NULL,
    recipient         VARCHAR(300)  NOT NULL,
    recipient_user_id BIGINT        NULL,
    subject           VARCHAR(300)  NOT NULL,
    body_text         MEDIUMTEXT    NOT NULL,
    body_html         MEDIUMTEXT    NULL,
    status            VARCHAR(20)   NOT NULL,
    attempts          INT           NOT NULL DEFAULT 0,
    next_attempt_at   DATETIME(6)   NOT NULL,
    last_error        VARCHAR(2000) NULL,
    sent_at           DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_outbox_key UNIQUE (idempotency_key),
    INDEX ix_outbox_due (status, next_attempt_at),
    INDEX ix_outbox_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    user_id    BIGINT       NOT NULL,
    dedupe_key VARCHAR(200) NOT NULL,
    kind       VARCHAR(30)  NOT NULL,
    title      VARCHAR(300) NOT NULL,
    body       VARCHAR(2000) NULL,
    link       VARCHAR(300) NULL,
    created_at DATETIME(6)  NOT NULL,
    read_at    DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_notification_key UNIQUE (dedupe_key),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    INDEX ix_notification_user (user_id, read_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification_preference (
    user_id    BIGINT      NOT NULL,
    kind       VARCHAR(30) NOT NULL,
    email      BOOLEAN     NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, kind),
    CONSTRAINT fk_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE calendar_token (
    user_id    BIGINT      NOT NULL,
    token      VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id),
    CONSTRAINT uk_calendar_token UNIQUE (token),
    CONSTRAINT fk_calendar_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE job_run (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    job_name            VARCHAR(100)  NOT NULL,
    scheduled_fire_time DATETIME(6)   NOT NULL,
    node                VARCHAR(200)  NOT NULL,
    started_at          DATETIME(6)   NOT NULL,
    finished_at         DATETIME(6)   NULL,
    result              VARCHAR(20)   NOT NULL,
    message             VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_job_run_fire UNIQUE (job_name, scheduled_fire_time),
    INDEX ix_job_run_recent (job_name, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
