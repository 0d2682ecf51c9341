-- 台账快照: a ledger frozen on a day (every Friday 17:00, at month end, or by hand) so that one week can be compared
-- with the next. A snapshot is of the whole district (unit_id NULL) or of one unit; each of its rows keeps the
-- ledger's values as a JSON object (column key -> value) under a stable key (the project, problem or trip id).
-- schedule_key (KIND:LEDGER:day) makes a scheduled snapshot happen once even if its job fires twice.

CREATE TABLE ledger_snapshot (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    ledger_type   VARCHAR(30)  NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    unit_id       BIGINT       NULL,
    as_of         DATE         NOT NULL,
    period_from   DATE         NULL,
    period_to     DATE         NULL,
    column_keys   TEXT         NOT NULL,
    row_count     INT          NOT NULL,
    taken_at      DATETIME(6)  NOT NULL,
    taken_by_id   BIGINT       NULL,
    taken_by_name VARCHAR(50)  NOT NULL,
    schedule_key  VARCHAR(100) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ledger_snapshot_schedule UNIQUE (schedule_key),
    CONSTRAINT fk_ledger_snapshot_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_ledger_snapshot_user FOREIGN KEY (taken_by_id) REFERENCES app_user (id),
    INDEX ix_ledger_snapshot_type (ledger_type, taken_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ledger_snapshot_row (
    snapshot_id BIGINT      NOT NULL,
    position    INT         NOT NULL,
    row_key     VARCHAR(60) NOT NULL,
    unit_id     BIGINT      NULL,
    cells       MEDIUMTEXT  NOT NULL,
    PRIMARY KEY (snapshot_id, position),
    CONSTRAINT uk_ledger_snapshot_row UNIQUE (snapshot_id, row_key),
    CONSTRAINT fk_ledger_snapshot_row FOREIGN KEY (snapshot_id) REFERENCES ledger_snapshot (id),
    INDEX ix_ledger_snapshot_row_unit (snapshot_id, unit_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
