-- A project's counted signing date (its earliest agreement) kept on the project, so that the cockpit's
-- signing figures are a range scan instead of a grouping of all agreements per query. The application sets
-- it with every agreement (Project.agreementSigned); this fills it for the agreements already there.
ALTER TABLE project ADD COLUMN first_signed_on DATE NULL;

UPDATE project p
JOIN (SELECT project_id, MIN(signed_on) AS first_signed FROM project_agreement GROUP BY project_id) a ON a.project_id = p.id
SET p.first_signed_on = a.first_signed;

CREATE INDEX ix_project_first_signed ON project (first_signed_on);

-- The funnel, the industry wheels and the map group pipeline projects by stage, industry and company,
-- optionally within a unit or area: this index answers them without reading the rows.
CREATE INDEX ix_project_cockpit ON project (stage, industry_id, responsible_unit_id, area_id, total_investment, company_id);
