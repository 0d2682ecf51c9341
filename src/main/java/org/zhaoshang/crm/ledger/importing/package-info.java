/**
 * 台账导入: importing the units' old Excel/CSV ledgers (.xlsx, .xls, .csv in UTF-8 or GBK) as companies and
 * projects. Part of the ledger module; its root is its API ({@link org.zhaoshang.crm.ledger.importing.LedgerImportService}
 * and the records it takes and returns), the screen is in {@code ledger.importing.ui}. Owns the import log
 * (table {@code ledger_import}); uses project and company (written only through
 * {@link org.zhaoshang.crm.project.ProjectService} and {@link org.zhaoshang.crm.company.CompanyService}, so their
 * rules and access checks hold), org (units, areas, industries, users), security (who imports) and base
 * (dates, money, input text), and reads {@link org.zhaoshang.crm.ledger.LedgerType}.
 *
 * <p><b>What a row becomes.</b> The importable ledgers are the project ledgers: 招商线索 (stage 线索, or 对接 where
 * the row says so), 在谈项目 (洽谈; 对接/考察 where the row says so), 签约项目 (签约, or 落地/开工/投产 where the row
 * says so and gives the dates) and 重点项目 (the row's 项目阶段, which is required; every row becomes a district key
 * project, 省重点 also a provincial one). The company is found by 统一社会信用代码, else by exact name or brand
 * (简称); a similar name is a warning and a new company is created, unless the user takes the row into one of the
 * similar companies in the preview ({@link org.zhaoshang.crm.ledger.importing.ImportOptions#companyChoices}, checked
 * again on confirm; later rows of the same name follow that choice). A project of that company with the same
 * name is updated (non-empty cells overwrite, empty cells keep what is there; owner and responsible unit are
 * kept; the stage only moves forward, through the project service's transitions with the facts each stage
 * needs); otherwise a new project is created at 线索/对接 and advanced to the ledger's stage, its signing
 * becoming an agreement (type 投资协议 and amount = total investment when the ledger gives none, both warned).
 * A row marked 搁置 or 终止 (暂缓, 已放弃 …; 停滞 is a stale negotiation, not a pause) reaches the stage written beside
 * it (签约后搁置) or the ledger's own and is then put on hold or dropped through the project service, with the row's
 * 搁置原因, else its 备注, else a standard text naming the file and row; an existing project is paused the way the
 * project page does it, and a dropped one is restored for a 搁置 row only by LEADER or ADMIN (an error row otherwise).
 * The 责任单位 column (or the chosen default unit) decides the unit; STAFF and UNIT_LEAD import their own unit's
 * projects only. The owner is the named 责任人 of that unit, else the importer, the unit's lead or its first user.
 *
 * <p><b>Honesty.</b> A value that cannot be understood is an error shown in the preview, never a guess; every
 * conversion (亿元 to 万元, a date without its year, a month without its day, an Excel date number) is a warning.
 * Formulas are never evaluated or stored: the cached result is read, and a formula that links out or runs a
 * command, or text that starts with = + - @, makes its row an error. Nothing is written before the user
 * confirms; the confirm step plans every row again, refuses if anything changed since the preview, and writes
 * everything in one transaction or nothing. Bad files (not a spreadsheet by its first bytes, corrupt,
 * password-protected, a zip bomb, over 50 MB, HTML or XML saved as .xls) are refused with a Chinese message.
 */
package org.zhaoshang.crm.ledger.importing;
