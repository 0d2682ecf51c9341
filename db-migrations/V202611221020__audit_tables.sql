-- Hibernate Envers audit trail: one revision per transaction (who, when), and per audited entity a copy
-- of its audited columns at each revision (revtype 0 = created, 1 = changed, 2 = deleted).

CREATE TABLE revinfo (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    timestamp BIGINT      NOT NULL,
    username  VARCHAR(50) NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE company_aud (
    id             BIGINT        NOT NULL,
    rev            BIGINT        NOT NULL,
    revtype        TINYINT       NULL,
    name           VARCHAR(200)  NULL,
    short_name     VARCHAR(100)  NULL,
    credit_code    VARCHAR(18)   NULL,
    hq_city_id     BIGINT        NULL,
    ownership_type VARCHAR(20)   NULL,
    parent_group   VARCHAR(200)  NULL,
    industry_id    BIGINT        NULL,
    website        VARCHAR(200)  NULL,
    notes          VARCHAR(2000) NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_company_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_aud (
    id                      BIGINT         NOT NULL,
    rev                     BIGINT         NOT NULL,
    revtype                 TINYINT        NULL,
    name                    VARCHAR(200)   NULL,
    company_id              BIGINT         NULL,
    industry_id             BIGINT         NULL,
    investment_mode         VARCHAR(30)    NULL,
    total_investment        DECIMAL(16, 2) NULL,
    fixed_asset_investment  DECIMAL(16, 2) NULL,
    expected_annual_revenue DECIMAL(16, 2) NULL,
    expected_tax            DECIMAL(16, 2) NULL,
    jobs                    INT            NULL,
    land_need_mu            DECIMAL(12, 2) NULL,
    floor_space_sqm         DECIMAL(14, 2) NULL,
    area_id                 BIGINT         NULL,
    carrier                 VARCHAR(200)   NULL,
    source                  VARCHAR(30)    NULL,
    source_trip_id          BIGINT         NULL,
    owner_id                BIGINT         NULL,
    responsible_unit_id     BIGINT         NULL,
    leader_in_charge_id     BIGINT         NULL,
    key_district            BOOLEAN        NULL,
    key_provincial          BOOLEAN        NULL,
    in_library              BOOLEAN        NULL,
    library_date            DATE           NULL,
    stage                   VARCHAR(20)    NULL,
    hold_reason             VARCHAR(500)   NULL,
    site_visit_date         DATE           NULL,
    planned_sign_date       DATE           NULL,
    actual_sign_date        DATE           NULL,
    planned_land_date       DATE           NULL,
    actual_land_date        DATE           NULL,
    planned_start_date      DATE           NULL,
    actual_start_date       DATE           NULL,
    planned_operation_date  DATE           NULL,
    actual_operation_date   DATE           NULL,
    description             VARCHAR(2000)  NULL,
    PRIMARY KEY (id, rev),
    CONSTRAINT fk_project_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
