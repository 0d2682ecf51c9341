-- 企业库: companies the district courts, and their contact people.
-- credit_code is optional (a lead may not have it yet) but unique when present (NULLs do not collide).
-- normalized_name backs the "similar name" warning; search_key holds pinyin initials for "sst" → 时事通.

CREATE TABLE company (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    name           VARCHAR(200)  NOT NULL,
    short_name     VARCHAR(100)  NULL,
    credit_code    VARCHAR(18)   NULL,
    normalized_name VARCHAR(200) NOT NULL,
    search_key     VARCHAR(500)  NULL,
    hq_city_id     BIGINT        NULL,
    ownership_type VARCHAR(20)   NULL,
    parent_group   VARCHAR(200)  NULL,
    industry_id    BIGINT        NULL,
    website        VARCHAR(200)  NULL,
    notes          VARCHAR(2000) NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_company_credit_code UNIQUE (credit_code),
    CONSTRAINT fk_company_city FOREIGN KEY (hq_city_id) REFERENCES city (id),
    CONSTRAINT fk_company_industry FOREIGN KEY (industry_id) REFERENCES industry (id),
    INDEX ix_company_normalized_name (normalized_name),
    INDEX ix_company_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE company_contact (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    company_id  BIGINT       NOT NULL,
    name        VARCHAR(50)  NOT NULL,
    title       VARCHAR(100) NULL,
    phone       VARCHAR(30)  NULL,
    email       VARCHAR(120) NULL,
    wechat      VARCHAR(60)  NULL,
    notes       VARCHAR(500) NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_contact_company FOREIGN KEY (company_id) REFERENCES company (id),
    INDEX ix_contact_company (company_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
