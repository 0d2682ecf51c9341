-- 台账导入记录: one row per confirmed import of an old Excel/CSV ledger (who, when, which file as which ledger,
-- what it created and updated). Written in the import's own transaction, so a rejected import leaves none.

CREATE TABLE ledger_import (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    imported_at       DATETIME(6)  NOT NULL,
    user_id           BIGINT       NULL,
    user_name         VARCHAR(100) NOT NULL,
    unit_id           BIGINT       NULL,
    ledger_type       VARCHAR(30)  NOT NULL,
    file_name         VARCHAR(255) NOT NULL,
    file_format       VARCHAR(10)  NOT NULL,
    rows_total        INT          NOT NULL,
    companies_created INT          NOT NULL,
    projects_created  INT          NOT NULL,
    projects_updated  INT          NOT NULL,
    rows_skipped      INT          NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ledger_import_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_ledger_import_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_ledger_import_when (imported_at),
    INDEX ix_ledger_import_unit (unit_id, imported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
