-- Working-day calendar: Monday to Friday work, Saturday and Sunday rest, except the days listed here —
-- public holidays on weekdays (working = false) and 调休 make-up working days on weekends (working = true).
-- ADMIN maintains it every year when the State Council publishes the holiday arrangement. The 2026 days
-- below follow that arrangement as published for 2026 (ADMIN please check them against the notice); next
-- year's days are entered by ADMIN once published.

CREATE TABLE working_day_override (
    day        DATE         NOT NULL,
    working    BOOLEAN      NOT NULL,
    note       VARCHAR(100) NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO working_day_override (day, working, note, updated_at) VALUES
    ('2026-01-01', FALSE, '元旦', UTC_TIMESTAMP(6)),
    ('2026-01-02', FALSE, '元旦', UTC_TIMESTAMP(6)),
    ('2026-01-04', TRUE, '元旦调休上班', UTC_TIMESTAMP(6)),
    ('2026-02-16', FALSE, '春节', UTC_TIMESTAMP(6)),
    ('2026-02-17', FALSE, '春节', UTC_TIMESTAMP(6)),
    ('2026-02-18', FALSE, '春节', UTC_TIMESTAMP(6)),
    ('2026-02-19', FALSE, '春节', UTC_TIMESTAMP(6)),
    ('2026-02-20', FALSE, '春节', UTC_TIMESTAMP(6)),
    ('2026-02-23', FALSE, '春节', UTC_TIMESTAMP(6)),
    ('2026-02-14', TRUE, '春节调休上班', UTC_TIMESTAMP(6)),
    ('2026-02-28', TRUE, '春节调休上班', UTC_TIMESTAMP(6)),
    ('2026-04-06', FALSE, '清明节', UTC_TIMESTAMP(6)),
    ('2026-05-01', FALSE, '劳动节', UTC_TIMESTAMP(6)),
    ('2026-05-04', FALSE, '劳动节', UTC_TIMESTAMP(6)),
    ('2026-05-05', FALSE, '劳动节', UTC_TIMESTAMP(6)),
    ('2026-05-09', TRUE, '劳动节调休上班', UTC_TIMESTAMP(6)),
    ('2026-06-19', FALSE, '端午节', UTC_TIMESTAMP(6)),
    ('2026-09-25', FALSE, '中秋节', UTC_TIMESTAMP(6)),
    ('2026-10-01', FALSE, '国庆节', UTC_TIMESTAMP(6)),
    ('2026-10-02', FALSE, '国庆节', UTC_TIMESTAMP(6)),
    ('2026-10-05', FALSE, '国庆节', UTC_TIMESTAMP(6)),
    ('2026-10-06', FALSE, '国庆节', UTC_TIMESTAMP(6)),
    ('2026-10-07', FALSE, '国庆节', UTC_TIMESTAMP(6)),
    ('2026-09-20', TRUE, '国庆节调休上班', UTC_TIMESTAMP(6)),
    ('2026-10-10', TRUE, '国庆节调休上班', UTC_TIMESTAMP(6));
