-- 问题督办: problems that block projects, supervised until closed out (销号); their progress reports; the
-- meetings whose decisions become items; the problem categories (reference data, ADMIN-editable later).

CREATE TABLE problem_category (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(50)  NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_problem_category_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO problem_category (code, name, sort_order, version, created_at, updated_at) VALUES
    ('LAND', '土地', 10, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('PLANNING', '规划', 20, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('APPROVAL', '手续审批', 30, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('FUNDS', '资金', 40, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('RELOCATION', '拆迁安置', 50, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('POLICY', '政策', 60, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('UTILITIES', '水电气暖', 70, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('ENVIRONMENT', '环保/水源地', 80, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('PIPELINE', '管线', 90, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('OTHER', '其他', 100, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));

CREATE TABLE meeting (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    kind       VARCHAR(20)   NOT NULL,
    title      VARCHAR(200)  NOT NULL,
    held_on    DATE          NOT NULL,
    place      VARCHAR(200)  NULL,
    chair      VARCHAR(100)  NULL,
    attendees  VARCHAR(1000) NULL,
    minutes    TEXT          NULL,
    created_by_id BIGINT     NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    created_at DATETIME(6)   NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_meeting_creator FOREIGN KEY (created_by_id) REFERENCES app_user (id),
    INDEX ix_meeting_held (held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_unit (
    meeting_id BIGINT NOT NULL,
    unit_id    BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, unit_id),
    CONSTRAINT fk_meeting_unit_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE meeting_project (
    meeting_id BIGINT NOT NULL,
    project_id BIGINT NOT NULL,
    PRIMARY KEY (meeting_id, project_id),
    CONSTRAINT fk_meeting_project_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    CONSTRAINT fk_meeting_project_project FOREIGN KEY (project_id) REFERENCES project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE problem (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    project_id            BIGINT        NOT NULL,
    title                 VARCHAR(200)  NOT NULL,
    description           VARCHAR(4000) NULL,
    category_id           BIGINT        NOT NULL,
    source                VARCHAR(20)   NOT NULL,
    raised_by_id          BIGINT        NOT NULL,
    raised_on             DATE          NOT NULL,
    lead_unit_id          BIGINT        NOT NULL,
    deadline              DATE          NOT NULL,
    supervising_leader_id BIGINT        NULL,
    status                VARCHAR(20)   NOT NULL,
    returned_reason       VARCHAR(1000) NULL,
    meeting_id            BIGINT        NULL,
    closed_at             DATETIME(6)   NULL,
    closed_by_id          BIGINT        NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_problem_project FOREIGN KEY (project_id) REFERENCES project (id),
    CONSTRAINT fk_problem_category FOREIGN KEY (category_id) REFERENCES problem_category (id),
    CONSTRAINT fk_problem_raised_by FOREIGN KEY (raised_by_id) REFERENCES app_user (id),
    CONSTRAINT fk_problem_unit FOREIGN KEY (lead_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_problem_leader FOREIGN KEY (supervising_leader_id) REFERENCES app_user (id),
    CONSTRAINT fk_problem_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
    INDEX ix_problem_unit (lead_unit_id, status, deadline),
    INDEX ix_problem_leader (supervising_leader_id, status, deadline),
    INDEX ix_problem_project (project_id),
    INDEX ix_problem_deadline (status, deadline)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE problem_unit (
    problem_id BIGINT NOT NULL,
    unit_id    BIGINT NOT NULL,
    PRIMARY KEY (problem_id, unit_id),
    CONSTRAINT fk_problem_unit_problem FOREIGN KEY (problem_id) REFERENCES problem (id),
    CONSTRAINT fk_problem_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE problem_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    problem_id  BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    author_id   BIGINT        NULL,
    author_name VARCHAR(50)   NOT NULL,
    content     VARCHAR(4000) NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_problem_event_problem FOREIGN KEY (problem_id) REFERENCES problem (id),
    INDEX ix_problem_event (problem_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
