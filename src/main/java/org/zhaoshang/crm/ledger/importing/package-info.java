/**
 * 台账导入: importing the units' old Excel/CSV ledgers (.xlsx, .xls, .csv in UTF-8 or GBK) as companies, projects,
 * supervised problems and trips. Part of the ledger module; its root is its API
 * ({@link org.zhaoshang.crm.ledger.importing.LedgerImportService} and the records it takes and returns), the screen is
 * in {@code ledger.importing.ui}. Owns the import log (table {@code ledger_import}); uses project, company,
 * supervision and trip (written only through {@link org.zhaoshang.crm.project.ProjectService},
 * {@link org.zhaoshang.crm.company.CompanyService}, {@link org.zhaoshang.crm.supervision.SupervisionService} and
 * {@link org.zhaoshang.crm.trip.TripService}, so
 * their rules and access checks hold), org (units, areas, industries, users), security (who imports) and base
 * (dates, money, input text), and reads {@link org.zhaoshang.crm.ledger.LedgerType}. The planning every ledger
 * shares (mapped columns, rows that are not records, reading cells, the file's own problems) is
 * {@code LedgerRowPlanner}; {@code ImportPlanner} plans project rows, {@code ProblemPlanner} problem rows,
 * {@code TripPlanner} trip rows, and
 * {@code BatchSections} reads the sections of a 三个一批 sheet. A header is matched among the fields of the chosen
 * ledger type ({@link org.zhaoshang.crm.ledger.importing.LedgerField#appliesTo}): 类别 is a batch in 三个一批 and a
 * category in 问题督办.
 *
 * <p><b>What a row becomes.</b> The importable ledgers are the project ledgers: 招商线索 (stage 线索, or 对接 where
 * the row says so), 在谈项目 (洽谈; 对接/考察 where the row says so), 签约项目 (签约, or 落地/开工/投产 where the row
 * says so and gives the dates), 三个一批 (see below) and 重点项目 (the row's 项目阶段, which is required; every row
 * becomes a district key project, 省重点 also a provincial one); 问题督办 and 外出招商活动 (see below). The company is found by 统一社会信用代码, else by exact name or brand
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
 * <p><b>三个一批.</b> A row's batch is its 批次 column where the sheet has one, else the section heading above it
 * (一、签约一批, （一）签约项目, 一、集中签约项目, 三、竣工投产项目 …; 小计 and 合计 rows are skipped); a row under no heading
 * and without a 批次 is an error. The batch is the least stage the project reaches (签约, 开工 or 投产; the row's 项目阶段
 * may say a later one, an earlier one is an error), with the facts that stage needs, exactly as a 签约项目 row at that
 * stage. The batch's date is the 签约/开工/投产日期 column, or the only one of 签约时间, 开工时间 and 投产时间 the sheet has
 * (sections often share one date column); with several, each means what it says. A project listed in two batches
 * (signed and started in the year) is one project: its first row is planned at the latest of its batches with the
 * dates of all its rows, its later rows are skipped with a note. An exported 三个一批台账 reads back unchanged.
 *
 * <p><b>问题督办.</b> Each row is a problem raised through {@link org.zhaoshang.crm.supervision.SupervisionService#raise},
 * never a new project: the project by exact name among those the importer sees (STAFF and UNIT_LEAD: their own unit's
 * projects), the category by name (unknown: an error listing the categories), the lead unit (any unit) and the
 * co-operating units by name, the 完成时限 (a problem is raised today, so a passed deadline is an error asking for a
 * new one), the 督办领导 by display name (must be a LEADER), the 来源 (外出招商/会议/跟进/问题直报; none or unknown is
 * 问题直报 with a warning). 办理状态 办理中 (and 申请销号) is raised and then 交办 when the importer may assign (LEADER,
 * ADMIN, the lead unit's lead), else left 待交办 with a warning; a 销号 application is not replayed. 已销号/已办结 rows
 * are error rows: 销号 is the supervisor's confirmation, which the service records only as it happens, and importing
 * a solved problem as open would chase it as overdue. A problem of the same title on the same project is UNCHANGED
 * (a second import, an exported 问题督办台账 read back), whatever its row says.
 *
 * <p><b>外出招商.</b> Each row is a trip saved through {@link org.zhaoshang.crm.trip.TripService#save}: 活动名称, 出发日期
 * and 返回日期 (empty: a one-day trip), 目的地城市 (each one of the reference list, else an error), 带队领导 as written,
 * 组织单位 (STAFF and UNIT_LEAD: their own), 陪同单位, 参加人员 (the CRM's users of that name; others are a warning), and
 * a 走访考察 visit on the first day to each company of 走访企业 (the 企业库's of that exact name, else a new company, with
 * a warning when similar names exist; a bare count, as an exported ledger has, records no visits). A trip of the
 * same name leaving the same day is UNCHANGED. What the visits turned into is recorded on the trip page, not guessed.
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
