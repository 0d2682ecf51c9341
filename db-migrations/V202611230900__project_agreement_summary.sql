-- What the ledgers show of a project's agreements (签约金额 = the sum of its agreements, 协议类型 = the type of
-- the latest one) kept on the project. Read per row, they cost two dependent subqueries each, which made the
-- database the larger half of a 100,000-row ledger export. The application sets both with every agreement
-- (ProjectService → Project.agreementsChanged); this fills them for the agreements already there.
ALTER TABLE project
    ADD COLUMN agreement_amount DECIMAL(16, 2) NULL,
    ADD COLUMN agreement_type VARCHAR(30) NULL;

UPDATE project p
JOIN (SELECT project_id, SUM(amount) AS amount FROM project_agreement GROUP BY project_id) a ON a.project_id = p.id
SET p.agreement_amount = a.amount,
    p.agreement_type = (SELECT g.type FROM project_agreement g WHERE g.project_id = p.id
                        ORDER BY g.signed_on DESC, g.id DESC LIMIT 1);
