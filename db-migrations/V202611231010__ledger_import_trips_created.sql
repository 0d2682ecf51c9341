-- 台账导入记录: a 外出招商活动台账 import records trips; how many it recorded is logged with it.

ALTER TABLE ledger_import ADD COLUMN trips_created INT NOT NULL DEFAULT 0 AFTER problems_created;
