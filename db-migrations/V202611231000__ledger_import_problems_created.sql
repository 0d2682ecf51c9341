-- 台账导入记录: a 问题督办台账 import raises problems rather than projects; how many it raised is logged with it.

ALTER TABLE ledger_import ADD COLUMN problems_created INT NOT NULL DEFAULT 0 AFTER projects_updated;
