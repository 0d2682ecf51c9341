-- Files attached to a problem's progress report or 销号 application (批复文件, photos of the site, the unit's
-- written report). The bytes live on the file store; the row names them by a random key.
CREATE TABLE problem_file (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    problem_id   BIGINT        NOT NULL,
    event_id     BIGINT        NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    storage_key  VARCHAR(64)   NOT NULL,
    uploaded_by  VARCHAR(50)   NOT NULL,
    uploaded_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_problem_file_problem FOREIGN KEY (problem_id) REFERENCES problem (id),
    CONSTRAINT fk_problem_file_event FOREIGN KEY (event_id) REFERENCES problem_event (id),
    CONSTRAINT uk_problem_file_key UNIQUE (storage_key),
    INDEX ix_problem_file_problem (problem_id, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
