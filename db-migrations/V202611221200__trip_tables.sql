-- 外出招商: trips, their destinations, members and accompanying units, the itinerary of visits, the action
-- items they produce, and visit drafts kept on the server while a phone is offline (visit_key 0 = a new visit).

CREATE TABLE trip (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    title            VARCHAR(200)  NOT NULL,
    start_date       DATE          NOT NULL,
    end_date         DATE          NOT NULL,
    leading_official VARCHAR(100)  NULL,
    organizer_unit_id BIGINT       NOT NULL,
    purpose          VARCHAR(2000) NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_trip_unit FOREIGN KEY (organizer_unit_id) REFERENCES unit (id),
    INDEX ix_trip_dates (start_date, end_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE trip_city (
    trip_id  BIGINT NOT NULL,
    position INT    NOT NULL,
    city_id  BIGINT NOT NULL,
    PRIMARY KEY (trip_id, position),
    CONSTRAINT fk_trip_city_trip FOREIGN KEY (trip_id) REFERENCES trip (id),
    CONSTRAINT fk_trip_city_city FOREIGN KEY (city_id) REFERENCES city (id),
    INDEX ix_trip_city_city (city_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE trip_member (
    trip_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    PRIMARY KEY (trip_id, user_id),
    CONSTRAINT fk_trip_member_trip FOREIGN KEY (trip_id) REFERENCES trip (id),
    CONSTRAINT fk_trip_member_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    INDEX ix_trip_member_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE trip_unit (
    trip_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    PRIMARY KEY (trip_id, unit_id),
    CONSTRAINT fk_trip_unit_trip FOREIGN KEY (trip_id) REFERENCES trip (id),
    CONSTRAINT fk_trip_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE trip_visit (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    trip_id           BIGINT        NOT NULL,
    visit_date        DATE          NOT NULL,
    position          INT           NOT NULL DEFAULT 0,
    company_id        BIGINT        NOT NULL,
    kind              VARCHAR(20)   NOT NULL,
    place             VARCHAR(200)  NULL,
    our_participants  VARCHAR(500)  NULL,
    their_people      VARCHAR(500)  NULL,
    learned           VARCHAR(2000) NULL,
    outcome           VARCHAR(1000) NULL,
    project_id        BIGINT        NULL,
    done              BOOLEAN       NOT NULL DEFAULT FALSE,
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL,
    updated_at        DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_visit_trip FOREIGN KEY (trip_id) REFERENCES trip (id),
    CONSTRAINT fk_visit_company FOREIGN KEY (company_id) REFERENCES company (id),
    CONSTRAINT fk_visit_project FOREIGN KEY (project_id) REFERENCES project (id),
    INDEX ix_visit_trip (trip_id, visit_date, position),
    INDEX ix_visit_project (project_id),
    INDEX ix_visit_company (company_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE trip_action (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    trip_id             BIGINT        NOT NULL,
    visit_id            BIGINT        NULL,
    description         VARCHAR(1000) NOT NULL,
    responsible_unit_id BIGINT        NOT NULL,
    due_date            DATE          NOT NULL,
    done                BOOLEAN       NOT NULL DEFAULT FALSE,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_at          DATETIME(6)   NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_action_trip FOREIGN KEY (trip_id) REFERENCES trip (id),
    CONSTRAINT fk_action_visit FOREIGN KEY (visit_id) REFERENCES trip_visit (id),
    CONSTRAINT fk_action_unit FOREIGN KEY (responsible_unit_id) REFERENCES unit (id),
    INDEX ix_action_trip (trip_id),
    INDEX ix_action_unit_due (responsible_unit_id, done, due_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit_draft (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    user_id     BIGINT      NOT NULL,
    trip_id     BIGINT      NOT NULL,
    visit_key   BIGINT      NOT NULL DEFAULT 0,
    payload     TEXT        NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_visit_draft UNIQUE (user_id, trip_id, visit_key),
    CONSTRAINT fk_draft_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_draft_trip FOREIGN KEY (trip_id) REFERENCES trip (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
