-- 跟进记录: every contact with a project's company. next_date drives the author's reminders until a later
-- follow-up on the same project by the same author closes it (closed_at).

CREATE TABLE followup (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    project_id   BIGINT        NOT NULL,
    author_id    BIGINT        NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    happened_at  DATETIME(6)   NOT NULL,
    our_people   VARCHAR(500)  NULL,
    their_people VARCHAR(500)  NULL,
    content      VARCHAR(4000) NOT NULL,
    result       VARCHAR(2000) NULL,
    next_step    VARCHAR(1000) NULL,
    next_date    DATE          NULL,
    closed_at    DATETIME(6)   NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    created_at   DATETIME(6)   NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_followup_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_followup_author FOREIGN KEY (author_id) REFERENCES app_user (id),
    INDEX ix_followup_project (project_id, happened_at),
    INDEX ix_followup_due (author_id, closed_at, next_date),
    INDEX ix_followup_next (next_date, closed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
