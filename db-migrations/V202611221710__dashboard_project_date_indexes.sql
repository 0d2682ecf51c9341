-- The cockpit counts projects by when something happened in a period (entered, landed, started, in
-- operation, entered the library). Without these each of those counts reads all projects; with them a
-- year's worth is a range scan. Read-only for the cockpit; the writes they cost are one index entry each.
CREATE INDEX ix_project_created ON project (created_at);
CREATE INDEX ix_project_land_date ON project (actual_land_date);
CREATE INDEX ix_project_start_date ON project (actual_start_date);
CREATE INDEX ix_project_operation_date ON project (actual_operation_date);
CREATE INDEX ix_project_library_date ON project (library_date);
