-- The Thursday job prepares Friday's 项目服务日 as a meeting: such a meeting has no human creator, and the
-- key (e.g. SERVICE_DAY:2026-11-27) keeps a second run or a second node from preparing it twice.
ALTER TABLE meeting MODIFY created_by_id BIGINT NULL;
ALTER TABLE meeting ADD COLUMN prepared_key VARCHAR(40) NULL;
ALTER TABLE meeting ADD CONSTRAINT uk_meeting_prepared UNIQUE (prepared_key);
