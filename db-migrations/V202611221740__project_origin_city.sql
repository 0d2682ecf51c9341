-- Where a project's company comes from (its 总部所在地), kept on the project: the cockpit's map groups the whole
-- pipeline by it, and reading it through 100,000 company rows took 300 ms. Maintained with the company (its city
-- changes, merges) by the project feature; the company's own column stays the source.
ALTER TABLE project ADD COLUMN origin_city_id BIGINT NULL;
UPDATE project p JOIN company c ON c.id = p.company_id SET p.origin_city_id = c.hq_city_id;
CREATE INDEX ix_project_origin_city ON project (stage, origin_city_id, responsible_unit_id, total_investment);
