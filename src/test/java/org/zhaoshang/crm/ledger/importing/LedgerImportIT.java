package org.zhaoshang.crm.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhaoshang.crm.ledger.importing.SampleLedgers.csv;
import static org.zhaoshang.crm.ledger.importing.SampleLedgers.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.ledger.LedgerType;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.project.AgreementRow;
import org.zhaoshang.crm.project.AgreementType;
import org.zhaoshang.crm.project.ProjectDetails;
import org.zhaoshang.crm.project.ProjectFilter;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectSource;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.project.StageChangeKind;
import org.zhaoshang.crm.project.StageChangeRow;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * Old ledgers made the messy ways real ones are, imported against the real database: the records they create
 * and update; all-or-nothing when a row fails while being written; and every kind of bad file refused with a
 * Chinese message and no change to the database.
 */
@CrmIntegrationTest
class LedgerImportIT {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final String[] SIGNED_HEADER = {"序号", "项目名称", "企业名称", "统一社会信用代码", "总投资（万元）", "签约时间",
        "落地片区", "责任单位", "产业类别", "协议类型", "备注"};

    @Autowired
    LedgerImportService service;
    @Autowired
    ProjectService projects;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    ProjectTestData data;
    @Autowired
    Actors actors;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageSource messages;
    @TempDir
    Path dir;

    @AfterEach
    void noHook() {
        actors.run("admin", () -> service.beforeWritingRow(null));
    }

    // ------------------------------------------------------------------ ledgers that import

    @Test
    void aSignedLedgerWithMergedTitleBlankRowsMixedDatesAndYiAmountsCreatesItsCompaniesAndSignedProjects() {
        String n = next();
        byte[] file = xlsx(new String[] {"二七区2023年签约项目台账", "填报单位：区商务局"}, SIGNED_HEADER,
                new Object[] {1, "恒泰医疗器械产业园" + n, "郑州恒泰" + n + "医疗科技有限公司", "", 3000, "2023.5.26", "二七经开区", "区商务局",
                    "医疗器械", "投资协议", "首批签约"},
                null,
                new Object[] {"一、现代服务业项目"},
                new Object[] {2, "中交区域总部" + n, "中交" + n + "投资有限公司", "", "1.5亿", LocalDate.of(2023, 6, 1), "中央商务区", "商务局",
                    "总部经济", "", ""},
                new Object[] {3, "康养中心" + n, "河南康宁" + n + "健康管理有限公司", "", 800, "5月26日", "大学路健康产业带", "区商务局", "健康服务业",
                    "框架协议", ""},
                null,
                new Object[] {4, "数据标注基地" + n, "郑州云数" + n + "科技有限公司", "", 2000, 20230710, "马寨镇", "区商务局", "数字经济", "战略合作协议", ""},
                new Object[] {5, "直播电商园" + n, "郑州星播" + n + "网络科技有限公司", "", 1200, "2023年8月8日", "八卦庙片区", "区商务局", "平台经济", "投资协议", ""},
                new Object[] {"合计", "", "", "", 22000});
        Map<String, Long> before = counts();

        Imported imported = importFile("unitlead", file, "签约台账.xlsx", LedgerType.SIGNED, ImportOptions.defaults(), true);

        ImportPreview preview = imported.preview();
        assertThat(preview.count(RowAction.CREATE_COMPANY_AND_PROJECT)).isEqualTo(5);
        assertThat(preview.count(RowAction.SKIP)).isEqualTo(2);
        assertThat(preview.errorRows()).isZero();
        assertThat(preview.periodYear()).isEqualTo(2023);
        assertThat(SampleLedgers.projectKeys(preview, "中交区域总部" + n)).contains("converted", "defaultAgreementType", "agreementAmountFromTotal");
        assertThat(SampleLedgers.projectKeys(preview, "康养中心" + n)).contains("yearAdded");
        assertThat(imported.result().companiesCreated()).isEqualTo(5);
        assertThat(imported.result().projectsCreated()).isEqualTo(5);

        ProjectDetails zhongjiao = SampleLedgers.onlyProject(actors, projects, "unitlead", "中交区域总部" + n);
        assertThat(zhongjiao.stage()).isEqualTo(Stage.SIGNED);
        assertThat(zhongjiao.totalInvestment()).isEqualByComparingTo("15000");
        assertThat(zhongjiao.actualSignDate()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(zhongjiao.areaName()).isEqualTo("中央商务区");
        assertThat(zhongjiao.responsibleUnitName()).isEqualTo("区商务局");
        assertThat(zhongjiao.ownerName()).isEqualTo("张建国");
        assertThat(zhongjiao.industryName()).isEqualTo("总部经济");
        assertThat(zhongjiao.companyName()).isEqualTo("中交" + n + "投资有限公司");
        List<AgreementRow> agreements = actors.as("unitlead", () -> projects.agreements(zhongjiao.id()));
        assertThat(agreements).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AgreementType.INVESTMENT);
            assertThat(a.amount()).isEqualByComparingTo("15000");
            assertThat(a.signedOn()).isEqualTo(LocalDate.of(2023, 6, 1));
        });
        assertThat(SampleLedgers.onlyProject(actors, projects, "unitlead", "恒泰医疗器械产业园" + n).actualSignDate()).isEqualTo(LocalDate.of(2023, 5, 26));
        assertThat(SampleLedgers.onlyProject(actors, projects, "unitlead", "恒泰医疗器械产业园" + n).description()).contains("首批签约");
        assertThat(SampleLedgers.onlyProject(actors, projects, "unitlead", "康养中心" + n).actualSignDate()).isEqualTo(LocalDate.of(2023, 5, 26));
        assertThat(SampleLedgers.onlyProject(actors, projects, "unitlead", "数据标注基地" + n).actualSignDate()).isEqualTo(LocalDate.of(2023, 7, 10));
        assertThat(actors.as("unitlead", () -> projects.agreements(SampleLedgers.onlyProject(actors, projects, "unitlead", "康养中心" + n).id())))
                .singleElement().extracting(AgreementRow::type).isEqualTo(AgreementType.FRAMEWORK);

        Map<String, Long> after = counts();
        assertThat(after.get("company") - before.get("company")).isEqualTo(5);
        assertThat(after.get("project") - before.get("project")).isEqualTo(5);
        assertThat(after.get("ledger_import") - before.get("ledger_import")).isEqualTo(1);
        assertThat(actors.as("unitlead", () -> service.recentImports(5))).first().satisfies(log -> {
            assertThat(log.fileName()).isEqualTo("签约台账.xlsx");
            assertThat(log.type()).isEqualTo(LedgerType.SIGNED);
            assertThat(log.userName()).isEqualTo("张建国");
            assertThat(log.projectsCreated()).isEqualTo(5);
        });
    }

    @Test
    void theSamePreviewWritesNothingUntilConfirmed() {
        String n = next();
        byte[] file = xlsx(new String[] {"招商线索台账"}, new String[] {"项目名称", "企业名称"},
                new Object[] {"仅预览项目" + n, "仅预览" + n + "有限公司"});
        Map<String, Long> before = counts();

        ImportPreview preview = actors.as("staff", () -> {
            LedgerFile read = service.read(new ByteArrayInputStream(file), "线索.xlsx", null, ImportProgress.NONE);
            return service.preview(read, LedgerType.LEADS, service.suggestMapping(read), ImportOptions.defaults(), ImportProgress.NONE);
        });

        assertThat(preview.count(RowAction.CREATE_COMPANY_AND_PROJECT)).isEqualTo(1);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aGbkCsvLeadsLedgerWithYiHeaderBecomesLeadsAndContacts() {
        String n = next();
        byte[] file = csv(Charset.forName("GBK"),
                "2024年招商线索台账,,,,,,,",
                "序号,项目名称,企业名称,投资额(亿元),项目来源,项目阶段,考察时间,备注",
                "1,氢能重卡项目" + n + ",河南氢动" + n + "能源有限公司,0.5,外出招商,线索,,",
                "",
                "2,预制菜中央厨房" + n + ",郑州味享" + n + "食品有限公司,1.2,以商招商,对接,2024/3/5,\"已初步接触，待考察\"",
                "3,跨境电商仓" + n + ",郑州跨链" + n + "供应链有限公司,\"3,000万元\",展会,线索,,",
                "4,加氢站" + n + ",河南氢动" + n + "能源有限公司,0.3,外出招商,线索,,");

        Imported imported = importFile("staff", file, "线索台账.csv", LedgerType.LEADS, ImportOptions.defaults(), true);

        assertThat(imported.file().format()).isEqualTo(FileFormat.CSV);
        assertThat(imported.file().encoding()).isEqualTo("GBK");
        assertThat(imported.file().headerRowNumber()).isEqualTo(2);
        assertThat(imported.result().projectsCreated()).isEqualTo(4);
        assertThat(imported.result().companiesCreated()).as("two projects of one new company").isEqualTo(3);
        assertThat(SampleLedgers.rowOfProject(imported.preview(), "加氢站" + n).action()).isEqualTo(RowAction.CREATE_PROJECT);
        ProjectDetails hydrogen = SampleLedgers.onlyProject(actors, projects, "staff", "氢能重卡项目" + n);
        assertThat(SampleLedgers.onlyProject(actors, projects, "staff", "加氢站" + n).companyId()).isEqualTo(hydrogen.companyId());
        assertThat(hydrogen.stage()).isEqualTo(Stage.LEAD);
        assertThat(hydrogen.totalInvestment()).isEqualByComparingTo("5000");
        assertThat(hydrogen.source()).isEqualTo(ProjectSource.TRIP_VISIT);
        assertThat(hydrogen.ownerName()).isEqualTo("李明");
        ProjectDetails kitchen = SampleLedgers.onlyProject(actors, projects, "staff", "预制菜中央厨房" + n);
        assertThat(kitchen.stage()).isEqualTo(Stage.CONTACT);
        assertThat(kitchen.totalInvestment()).isEqualByComparingTo("12000");
        assertThat(kitchen.siteVisitDate()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(kitchen.source()).isEqualTo(ProjectSource.BUSINESS_REFERRAL);
        assertThat(kitchen.description()).contains("已初步接触，待考察");
        assertThat(SampleLedgers.onlyProject(actors, projects, "staff", "跨境电商仓" + n).totalInvestment()).isEqualByComparingTo("3000");
    }

    @Test
    void anOldXlsNegotiationLedgerImportedByTheAdministratorGoesToTheNamedUnitsAndItsLeader() {
        String n = next();
        Long jkq = actors.as("admin", () -> referenceData.units()).stream().filter(u -> u.code().equals("JKQ")).findFirst().orElseThrow().id();
        byte[] file = SampleLedgers.xls(new String[] {"在谈项目台账（截至2024年8月）"},
                new String[] {"项目名称", "投资方", "计划总投资（亿元）", "所在片区", "计划签约时间", "牵头单位", "包联领导"},
                new Object[] {"新材料产业园" + n, "河南新材" + n + "科技股份有限公司", 2, "二七经开区", "2024年9月", "二七经开区管委会", "赵志远"},
                new Object[] {"文旅小镇" + n, "樱桃沟文旅" + n + "发展有限公司", 0.8, "樱桃沟景区", "2024.10.15", "", ""});

        Imported imported = importFile("admin", file, "在谈台账.xls", LedgerType.NEGOTIATING,
                new ImportOptions(jkq, null, false), true);

        assertThat(imported.file().format()).isEqualTo(FileFormat.XLS);
        assertThat(SampleLedgers.projectKeys(imported.preview(), "新材料产业园" + n)).contains("convertedFromYi", "monthOnly");
        ProjectDetails materials = SampleLedgers.onlyProject(actors, projects, "admin", "新材料产业园" + n);
        assertThat(materials.stage()).isEqualTo(Stage.NEGOTIATION);
        assertThat(materials.totalInvestment()).isEqualByComparingTo("20000");
        assertThat(materials.areaName()).isEqualTo("二七经开区");
        assertThat(materials.plannedSignDate()).isEqualTo(LocalDate.of(2024, 9, 1));
        assertThat(materials.leaderInChargeName()).isEqualTo("赵志远");
        assertThat(materials.responsibleUnitName()).isEqualTo("二七经开区管委会");
        assertThat(materials.ownerName()).isEqualTo("王芳");
        ProjectDetails tourism = SampleLedgers.onlyProject(actors, projects, "admin", "文旅小镇" + n);
        assertThat(tourism.responsibleUnitName()).isEqualTo("二七经开区管委会");
        assertThat(tourism.totalInvestment()).isEqualByComparingTo("8000");
        assertThat(tourism.plannedSignDate()).isEqualTo(LocalDate.of(2024, 10, 15));
    }

    @Test
    void aKeyProjectLedgerWithAGroupHeaderUpdatesTheExistingProjectAndCreatesTheNewOne() {
        String n = next();
        String existingName = "智能装备基地" + n;
        Long existingId = data.lead("unitlead", existingName);
        byte[] file = SampleLedgers.groupHeaderXlsx("二七区2025年重点项目台账",
                new Object[] {1, existingName, existingName + "有限公司", 3, 2, "在谈", "区商务局", LocalDate.of(2025, 3, 1), "二七经开区"},
                new Object[] {2, "总部大楼" + n, "华信" + n + "控股集团有限公司", 1.5, 1, "洽谈", null, "2025/6/30", "中央商务区"},
                new Object[] {3, "康复医院" + n, "郑州仁济" + n + "医疗有限公司", "8000万元", "", "线索", "区商务局", "", ""});

        Imported imported = importFile("leader", file, "重点项目.xlsx", LedgerType.KEY_PROJECTS, ImportOptions.defaults(), true);

        assertThat(imported.file().headerRows()).isEqualTo(2);
        PreviewRow update = SampleLedgers.rowOfProject(imported.preview(), existingName);
        assertThat(update.action()).isEqualTo(RowAction.UPDATE_PROJECT);
        assertThat(update.changes()).extracting(FieldChange::labelKey)
                .contains("ledgerimport.field.TOTAL_INVESTMENT", "ledgerimport.field.STAGE", "ledgerimport.field.keyDistrict");
        assertThat(imported.result().projectsUpdated()).isEqualTo(1);
        assertThat(imported.result().projectsCreated()).isEqualTo(2);

        ProjectDetails existing = data.get("unitlead", existingId);
        assertThat(existing.stage()).isEqualTo(Stage.NEGOTIATION);
        assertThat(existing.totalInvestment()).isEqualByComparingTo("30000");
        assertThat(existing.fixedAssetInvestment()).isEqualByComparingTo("20000");
        assertThat(existing.keyDistrict()).isTrue();
        assertThat(existing.plannedStartDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        ProjectDetails tower = SampleLedgers.onlyProject(actors, projects, "leader", "总部大楼" + n);
        assertThat(tower.responsibleUnitName()).as("the 责任单位 merged over two rows").isEqualTo("区商务局");
        assertThat(tower.stage()).isEqualTo(Stage.NEGOTIATION);
        assertThat(tower.totalInvestment()).isEqualByComparingTo("15000");
        assertThat(tower.plannedStartDate()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(tower.keyDistrict()).isTrue();
        assertThat(SampleLedgers.onlyProject(actors, projects, "leader", "康复医院" + n).stage()).isEqualTo(Stage.LEAD);

        // The same ledger again changes nothing: every row is unchanged, and confirming is refused.
        Imported again = importFile("leader", file, "重点项目.xlsx", LedgerType.KEY_PROJECTS, ImportOptions.defaults(), false);
        assertThat(again.preview().count(RowAction.UNCHANGED)).isEqualTo(3);
        assertThat(again.preview().canImport(false)).isFalse();
    }

    @Test
    void staffImportOnlyTheirOwnUnitsProjects() {
        String n = next();
        byte[] file = xlsx(new String[] {}, new String[] {"项目名称", "企业名称", "责任单位"},
                new Object[] {"本单位项目" + n, "本单位" + n + "有限公司", "区商务局"},
                new Object[] {"外单位项目" + n, "外单位" + n + "有限公司", "马寨镇"});

        ImportPreview preview = preview("staff", file, "线索.xlsx", LedgerType.LEADS, ImportOptions.defaults());

        assertThat(SampleLedgers.rowOfProject(preview, "本单位项目" + n).action()).isEqualTo(RowAction.CREATE_COMPANY_AND_PROJECT);
        assertThat(SampleLedgers.rowOfProject(preview, "外单位项目" + n).action()).isEqualTo(RowAction.ERROR);
        assertThat(SampleLedgers.projectKeys(preview, "外单位项目" + n)).contains("otherUnit");
    }

    @Test
    void aLedgerLongerThanOneFlushKeepsEveryRowAndItsAuditTrail() {
        String n = next();
        Object[][] rows = new Object[120][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {i + 1, "长台账项目" + n + "-" + i, "长台账" + n + "企业" + i + "有限公司", 100 + i};
        }
        byte[] file = xlsx(new String[] {"招商线索台账"}, new String[] {"序号", "项目名称", "企业名称", "总投资"}, rows);

        Imported imported = importFile("unitlead", file, "长台账.xlsx", LedgerType.LEADS, ImportOptions.defaults(), true);

        assertThat(imported.result().projectsCreated()).isEqualTo(120);
        Long audited = jdbc.queryForObject("select count(*) from project_aud where name like ?", Long.class, "长台账项目" + n + "-%");
        assertThat(audited).as("every imported project has its audit row").isEqualTo(120);
        Long companies = jdbc.queryForObject("select count(*) from company_aud where name like ?", Long.class, "长台账" + n + "企业%");
        assertThat(companies).isEqualTo(120);
    }

    @Test
    void theTemplateOfEachLedgerIsReadBackColumnForColumn() throws Exception {
        for (LedgerType type : actors.as("staff", () -> service.importableTypes())) {
            ByteArrayOutputStream template = new ByteArrayOutputStream();
            actors.run("staff", () -> service.writeTemplate(type, template));
            ByteArrayOutputStream filled = new ByteArrayOutputStream();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
                assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).startsWith("二七区").endsWith("台账");
                Row row = workbook.getSheetAt(0).createRow(3);
                row.createCell(0).setCellValue(1);
                row.createCell(1).setCellValue("模板项目");
                row.createCell(2).setCellValue("模板企业有限公司");
                workbook.write(filled);
            }
            List<LedgerField> mapped = actors.as("staff", () -> {
                LedgerFile read = service.read(new ByteArrayInputStream(filled.toByteArray()), "模板.xlsx", null, ImportProgress.NONE);
                assertThat(read.headerRowNumber()).isEqualTo(3);
                return service.suggestMapping(read, type).columns().stream().map(ColumnMapping.Column::field).toList();
            });
            assertThat(mapped).as(type.name()).isEqualTo(actors.as("staff", () -> service.templateFields(type)));
        }
    }

    // ------------------------------------------------------------------ all or nothing

    @Test
    void whenTheThirdRowFailsWhileBeingWrittenNothingOfTheFileIsWritten() {
        String n = next();
        byte[] file = xlsx(new String[] {"招商线索台账"}, new String[] {"序号", "项目名称", "企业名称", "总投资"},
                new Object[] {1, "回滚甲" + n, "回滚甲" + n + "有限公司", 100},
                new Object[] {2, "回滚乙" + n, "回滚乙" + n + "有限公司", 200},
                new Object[] {3, "回滚丙" + n, "回滚丙" + n + "有限公司", 300},
                new Object[] {4, "回滚丁" + n, "回滚丁" + n + "有限公司", 400});
        Map<String, Long> before = counts();
        actors.run("admin", () -> service.beforeWritingRow(row -> {
            if (row == 6) { // the third data row (title, blank, header, then rows 4, 5, 6)
                throw new IllegalStateException("simulated failure while writing");
            }
        }));

        assertThatThrownBy(() -> importFile("unitlead", file, "回滚.xlsx", LedgerType.LEADS, ImportOptions.defaults(), true))
                .isInstanceOfSatisfying(LedgerImportService.ImportWriteException.class, e -> {
                    assertThat(e.rowNumber()).isEqualTo(6);
                    assertThat(chinese(e)).contains("第6行写入失败", "已全部撤销");
                });

        assertThat(counts()).isEqualTo(before);
        assertThat(actors.as("admin", () -> projects.count(ProjectFilter.none().withText("回滚甲" + n)))).isZero();
    }

    @Test
    void aFileWithErrorRowsIsRejectedWholeAndComesBackAsAnErrorSheet() throws Exception {
        String n = next();
        byte[] file = xlsx(new String[] {"2023年在谈项目台账"}, new String[] {"项目名称", "企业名称", "总投资（万元）", "落地片区", "考察时间"},
                new Object[] {"好项目" + n, "好企业" + n + "有限公司", 1000, "二七经开区", "2023-04-01"},
                new Object[] {"坏片区" + n, "坏片区" + n + "有限公司", 1000, "火星开发区", ""},
                new Object[] {"坏日期" + n, "坏日期" + n + "有限公司", 1000, "马寨镇", "2023.2.30"},
                new Object[] {"缺企业" + n, "", 1000, "马寨镇", ""},
                new Object[] {"=HYPERLINK(\"http://evil.example\",\"点我\")", "注入" + n + "有限公司", 1000, "马寨镇", ""});
        Map<String, Long> before = counts();

        ImportPreview preview = preview("unitlead", file, "在谈.xlsx", LedgerType.NEGOTIATING, ImportOptions.defaults());
        assertThat(preview.errorRows()).isEqualTo(4);
        assertThat(preview.canImport(false)).isFalse();
        assertThat(SampleLedgers.projectKeys(preview, "坏片区" + n)).contains("unknownArea");
        assertThat(SampleLedgers.projectKeys(preview, "坏日期" + n)).contains("noSuchDay");
        assertThat(SampleLedgers.projectKeys(preview, "缺企业" + n)).contains("missing");

        assertThatThrownBy(() -> importFile("unitlead", file, "在谈.xlsx", LedgerType.NEGOTIATING, ImportOptions.defaults(), true))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("ledgerimport.error.rowsHaveErrors");
                    assertThat(chinese(e)).contains("有4行存在错误", "没有写入任何数据");
                });
        assertThat(counts()).isEqualTo(before);

        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        actors.run("unitlead", () -> {
            LedgerFile read = service.read(new ByteArrayInputStream(file), "在谈.xlsx", null, ImportProgress.NONE);
            service.writeErrorSheet(read, preview, Locale.SIMPLIFIED_CHINESE, sheet);
        });
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet.toByteArray()))) {
            XSSFSheet problems = workbook.getSheetAt(0);
            Row header = problems.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("项目名称");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("问题");
            String allText = text(problems);
            assertThat(allText).contains("系统中没有片区“火星开发区”", "“2023.2.30”不是存在的日期", "缺少企业名称", "公式");
            Cell injected = problems.getRow(6).getCell(0);
            assertThat(injected.getCellType()).as("never written as a formula").isEqualTo(CellType.STRING);
            assertThat(injected.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(injected.getCellStyle().getQuotePrefixed()).as("escaped").isTrue();
        }

        // Leaving the error rows out imports the good one, and only that.
        Imported partial = importFile("unitlead", file, "在谈.xlsx", LedgerType.NEGOTIATING, new ImportOptions(null, null, true), true);
        assertThat(partial.result().projectsCreated()).isEqualTo(1);
        assertThat(partial.result().rowsWithErrorsLeftOut()).isEqualTo(4);
        assertThat(counts().get("project") - before.get("project")).isEqualTo(1);
    }

    // ------------------------------------------------------------------ bad files

    @Test
    void aPdfOrAWordDocumentNamedXlsxIsNotASpreadsheet() throws Exception {
        assertRefused("%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n".getBytes(Charset.forName("ISO-8859-1")), "台账.xlsx",
                "ledgerimport.file.notSpreadsheet", "这不是表格文件", "PDF");
        assertRefused(SampleLedgers.wordDocument(), "台账.xlsx", "ledgerimport.file.notSpreadsheet", "这不是表格文件", "Word");
        assertRefused(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}, "台账.csv",
                "ledgerimport.file.notSpreadsheet", "PNG");
    }

    @Test
    void aCorruptWorkbookIsRefused() {
        byte[] good = xlsx(new String[] {}, new String[] {"项目名称", "企业名称"}, new Object[] {"甲", "乙"});
        byte[] truncated = Arrays.copyOf(good, good.length * 2 / 3);
        assertRefused(truncated, "台账.xlsx", "ledgerimport.file.corrupt", "文件已损坏或不完整");
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = 'P';
        garbage[1] = 'K';
        garbage[2] = 3;
        garbage[3] = 4;
        assertRefused(garbage, "台账.xlsx", "ledgerimport.file.corrupt", "文件已损坏");
    }

    @Test
    void aPasswordProtectedWorkbookXlsxOrXlsIsRefused() throws Exception {
        byte[] good = xlsx(new String[] {}, new String[] {"项目名称", "企业名称"}, new Object[] {"甲", "乙"});
        assertRefused(SampleLedgers.encrypted(good, "mima123"), "加密台账.xlsx", "ledgerimport.file.encrypted", "打开密码");
        byte[] oldFormat;
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("mima123");
        try {
            oldFormat = SampleLedgers.xls(new String[] {}, new String[] {"项目名称", "企业名称"}, new Object[] {"甲", "乙"});
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertRefused(oldFormat, "加密台账.xls", "ledgerimport.file.encrypted", "打开密码");
    }

    @Test
    void aZipBombIsRefusedWhileReading() throws Exception {
        byte[] good = xlsx(new String[] {}, new String[] {"项目名称", "企业名称"}, new Object[] {"甲", "乙"});
        byte[] bomb = SampleLedgers.zipBomb(good, 40);
        assertThat(bomb.length).as("tiny on disk").isLessThan(1024 * 1024);
        assertRefused(bomb, "台账.xlsx", "ledgerimport.file.zipBomb", "压缩炸弹");
    }

    @Test
    void aFileOver50MbIsRefused() throws Exception {
        Path big = dir.resolve("big.csv");
        try (var out = Files.newOutputStream(big)) {
            out.write("项目名称,企业名称\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            byte[] line = "某项目,某企业有限公司\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            long written = 0;
            while (written <= ImportLimits.MAX_FILE_BYTES) {
                out.write(line);
                written += line.length;
            }
        }
        Map<String, Long> before = counts();
        for (boolean stream : new boolean[] {true, false}) {
            assertThatThrownBy(() -> actors.as("unitlead", () -> {
                if (stream) {
                    try (InputStream in = Files.newInputStream(big)) {
                        return service.read(in, "big.csv", null, ImportProgress.NONE);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return service.read(big, "big.csv", null, ImportProgress.NONE);
            })).isInstanceOfSatisfying(LedgerFileException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("ledgerimport.file.tooLarge");
                assertThat(chinese(e)).contains("超过50 MB");
            });
        }
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void webPagesSavedAsXlsAreExplained() {
        assertRefused(SampleLedgers.utf8("<html><body><table><tr><td>项目名称</td></tr></table></body></html>"), "导出.xls",
                "ledgerimport.file.html", "网页格式");
    }

    @Test
    void formulasThatWouldInjectAreRefusedAndNothingIsWritten() {
        String n = next();
        byte[] workbook = xlsx(new String[] {"招商线索台账"}, new String[] {"项目名称", "企业名称", "备注"},
                new Object[] {"公式项目" + n, "公式" + n + "有限公司",
                    new SampleLedgers.Formula("HYPERLINK(\"http://evil.example/steal\",\"详情\")", "详情")},
                new Object[] {"求和项目" + n, "求和" + n + "有限公司", new SampleLedgers.Formula("SUM(1,2)", "3")});
        byte[] text = csv(java.nio.charset.StandardCharsets.UTF_8, "项目名称,企业名称,备注",
                "命令项目" + n + ",命令" + n + "有限公司,=cmd|' /C calc'!A0",
                "加号项目" + n + ",加号" + n + "有限公司,+cmd|' /C notepad'!A0");
        Map<String, Long> before = counts();

        ImportPreview fromWorkbook = preview("unitlead", workbook, "公式.xlsx", LedgerType.LEADS, ImportOptions.defaults());
        assertThat(SampleLedgers.projectKeys(fromWorkbook, "公式项目" + n)).contains("formulaInjection");
        assertThat(SampleLedgers.rowOfProject(fromWorkbook, "求和项目" + n).action()).isEqualTo(RowAction.CREATE_COMPANY_AND_PROJECT);
        ImportPreview fromCsv = preview("unitlead", text, "公式.csv", LedgerType.LEADS, ImportOptions.defaults());
        assertThat(fromCsv.errorRows()).isEqualTo(2);
        assertThat(fromCsv.rows()).allSatisfy(r -> assertThat(r.problems()).extracting(Problem::key).contains("textInjection"));
        String message = messages.getMessage("ledgerimport.problem.textInjection",
                fromCsv.rows().getFirst().problems().getFirst().arguments().toArray(), Locale.SIMPLIFIED_CHINESE);
        assertThat(message).contains("会被当作公式执行", "拒绝导入该行");

        for (var file : List.of(Map.entry("公式.xlsx", workbook), Map.entry("公式.csv", text))) {
            assertThatThrownBy(() -> importFile("unitlead", file.getValue(), file.getKey(), LedgerType.LEADS,
                    ImportOptions.defaults(), true))
                    .isInstanceOfSatisfying(BusinessException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("ledgerimport.error.rowsHaveErrors"));
        }
        assertThat(counts()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ 归入已有企业

    @Test
    void aRowWhoseCompanyIsOnlySimilarGoesToTheChosenCompanyAndLaterRowsOfThatNameFollowIt() {
        String n = next();
        Long existingProject = data.lead("unitlead", "恒星" + n);
        Long existingCompany = data.get("unitlead", existingProject).companyId();
        String written = "恒星" + n + "科技有限公司";
        byte[] file = xlsx(new String[] {"招商线索台账"}, new String[] {"项目名称", "企业名称", "总投资（万元）"},
                new Object[] {"恒星" + n, written, 6000},
                new Object[] {"新厂房" + n, written, 2000});

        ImportPreview offered = preview("unitlead", file, "线索.xlsx", LedgerType.LEADS, ImportOptions.defaults());
        PreviewRow first = SampleLedgers.rowOfProject(offered, "恒星" + n);
        assertThat(first.action()).isEqualTo(RowAction.CREATE_COMPANY_AND_PROJECT);
        assertThat(first.similarCompanies()).extracting(c -> c.id()).contains(existingCompany);
        assertThat(first.chosenCompanyId()).isNull();
        assertThat(SampleLedgers.rowOfProject(offered, "新厂房" + n).action()).as("a company the first row creates").isEqualTo(RowAction.CREATE_PROJECT);
        assertThat(SampleLedgers.rowOfProject(offered, "新厂房" + n).similarCompanies()).as("offered on the first row only").isEmpty();
        Map<String, Long> before = counts();

        ImportOptions choice = ImportOptions.defaults().withCompanyChoices(Map.of(first.rowNumber(), existingCompany));
        Imported imported = importFile("unitlead", file, "线索.xlsx", LedgerType.LEADS, choice, true);

        PreviewRow chosen = SampleLedgers.rowOfProject(imported.preview(), "恒星" + n);
        assertThat(chosen.action()).as("that company already has a project of this name").isEqualTo(RowAction.UPDATE_PROJECT);
        assertThat(chosen.chosenCompanyId()).isEqualTo(existingCompany);
        assertThat(chosen.problems()).extracting(Problem::key).contains("companyChosen").doesNotContain("similarCompany");
        assertThat(SampleLedgers.rowOfProject(imported.preview(), "新厂房" + n).action()).isEqualTo(RowAction.CREATE_PROJECT);
        assertThat(SampleLedgers.projectKeys(imported.preview(), "新厂房" + n)).contains("companyChosenByEarlierRow");
        assertThat(imported.result().companiesCreated()).isZero();
        assertThat(imported.result().projectsUpdated()).isEqualTo(1);
        assertThat(imported.result().projectsCreated()).isEqualTo(1);
        Map<String, Long> after = counts();
        assertThat(after.get("company")).as("no new company").isEqualTo(before.get("company"));
        assertThat(after.get("project") - before.get("project")).isEqualTo(1);
        assertThat(data.get("unitlead", existingProject).totalInvestment()).isEqualByComparingTo("6000");
        assertThat(SampleLedgers.onlyProject(actors, projects, "unitlead", "新厂房" + n).companyId()).isEqualTo(existingCompany);
        assertThat(jdbc.queryForObject("select count(*) from company where name = ?", Long.class, written)).isZero();
    }

    @Test
    void aCompanyChoiceTheRowDidNotOfferIsRefusedAndNothingIsWritten() {
        String n = next();
        Long similar = data.get("unitlead", data.lead("unitlead", "星河" + n)).companyId();
        Long unrelated = data.get("unitlead", data.lead("unitlead", "无关" + n)).companyId();
        byte[] file = xlsx(new String[] {}, new String[] {"项目名称", "企业名称"},
                new Object[] {"星河新项目" + n, "星河" + n + "科技有限公司"},
                new Object[] {"独立项目" + n, "独立" + n + "科技有限公司"});
        int rowNumber = SampleLedgers.rowOfProject(preview("unitlead", file, "线索.xlsx", LedgerType.LEADS, ImportOptions.defaults()), "星河新项目" + n)
                .rowNumber();
        Map<String, Long> before = counts();

        for (Map<Integer, Long> choices : List.of(Map.of(rowNumber, unrelated), Map.of(rowNumber + 1, similar),
                Map.of(rowNumber + 50, similar))) {
            ImportOptions options = new ImportOptions(null, null, true, choices);
            if (choices.containsKey(rowNumber)) {
                PreviewRow shown = SampleLedgers.rowOfProject(preview("unitlead", file, "线索.xlsx", LedgerType.LEADS, options), "星河新项目" + n);
                assertThat(shown.action()).isEqualTo(RowAction.ERROR);
                assertThat(shown.problems()).extracting(Problem::key).contains("companyChoiceNotOffered");
            }
            assertThatThrownBy(() -> importFile("unitlead", file, "线索.xlsx", LedgerType.LEADS, options, true))
                    .as("%s, even with error rows skipped", choices)
                    .isInstanceOfSatisfying(BusinessException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("ledgerimport.error.companyChoiceNotOffered");
                        assertThat(chinese(e)).contains("没有写入任何数据", "重新预览");
                    });
        }
        assertThat(counts()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ 搁置 / 终止

    @Test
    void shelvedAndDroppedRowsBecomeProjectsPausedAfterTheirStageWithTheLedgersReason() {
        String n = next();
        byte[] file = xlsx(new String[] {"在谈项目台账"}, new String[] {"项目名称", "企业名称", "总投资（万元）", "落地片区", "项目阶段",
            "搁置原因", "备注"},
                new Object[] {"冷链基地" + n, "郑州冷源" + n + "物流有限公司", 5000, "二七经开区", "搁置", "用地指标未落实", "企业仍有意向"},
                new Object[] {"文旅小镇" + n, "河南山水" + n + "文旅有限公司", 30000, "樱桃沟景区", "对接后终止", "", "企业战略调整"},
                new Object[] {"电竞中心" + n, "郑州电竞" + n + "科技有限公司", 800, "中央商务区", "已暂缓", "", ""},
                new Object[] {"数据中心" + n, "郑州算力" + n + "科技有限公司", 9000, "马寨镇", "洽谈", "", ""});

        Imported imported = importFile("unitlead", file, "在谈台账.xlsx", LedgerType.NEGOTIATING, ImportOptions.defaults(), true);

        assertThat(imported.preview().errorRows()).isZero();
        assertThat(SampleLedgers.rowOfProject(imported.preview(), "冷链基地" + n).stage()).isEqualTo(Stage.ON_HOLD);
        assertThat(SampleLedgers.projectKeys(imported.preview(), "冷链基地" + n)).contains("pauseNew");
        assertThat(imported.result().projectsCreated()).isEqualTo(4);

        ProjectDetails coldChain = SampleLedgers.onlyProject(actors, projects, "unitlead", "冷链基地" + n);
        assertThat(coldChain.stage()).isEqualTo(Stage.ON_HOLD);
        assertThat(coldChain.pausedFromStage()).isEqualTo(Stage.NEGOTIATION);
        assertThat(coldChain.holdReason()).isEqualTo("用地指标未落实");
        assertThat(actors.as("unitlead", () -> projects.timeline(coldChain.id()))).extracting(StageChangeRow::kind)
                .containsExactly(StageChangeKind.HELD, StageChangeKind.ADVANCED, StageChangeKind.CREATED);
        ProjectDetails town = SampleLedgers.onlyProject(actors, projects, "unitlead", "文旅小镇" + n);
        assertThat(town.stage()).isEqualTo(Stage.DROPPED);
        assertThat(town.pausedFromStage()).isEqualTo(Stage.CONTACT);
        assertThat(town.holdReason()).as("备注 when there is no 搁置原因").isEqualTo("企业战略调整");
        ProjectDetails esports = SampleLedgers.onlyProject(actors, projects, "unitlead", "电竞中心" + n);
        assertThat(esports.stage()).isEqualTo(Stage.ON_HOLD);
        assertThat(esports.pausedFromStage()).isEqualTo(Stage.NEGOTIATION);
        assertThat(esports.holdReason()).contains("台账导入", "在谈台账.xlsx", "标注为搁置");
        assertThat(SampleLedgers.onlyProject(actors, projects, "unitlead", "数据中心" + n).stage()).isEqualTo(Stage.NEGOTIATION);
    }

    @Test
    void aKeyProjectRowThatOnlySaysShelvedMustNameTheStageBefore() {
        String n = next();
        byte[] file = xlsx(new String[] {}, new String[] {"项目名称", "企业名称", "项目阶段"},
                new Object[] {"只写搁置" + n, "只写" + n + "有限公司", "搁置"},
                new Object[] {"写明阶段" + n, "写明" + n + "有限公司", "线索（终止）"});

        ImportPreview preview = preview("leader", file, "重点.xlsx", LedgerType.KEY_PROJECTS, ImportOptions.defaults());

        assertThat(SampleLedgers.rowOfProject(preview, "只写搁置" + n).action()).isEqualTo(RowAction.ERROR);
        assertThat(SampleLedgers.projectKeys(preview, "只写搁置" + n)).contains("pauseWithoutStage");
        assertThat(SampleLedgers.rowOfProject(preview, "写明阶段" + n).action()).isEqualTo(RowAction.CREATE_COMPANY_AND_PROJECT);
        assertThat(SampleLedgers.rowOfProject(preview, "写明阶段" + n).stage()).isEqualTo(Stage.DROPPED);
    }

    @Test
    void aLedgerPausesExistingProjectsAsTheProjectPageWouldAndOnlyALeaderRestoresADroppedOne() {
        String n = next();
        Long active = data.lead("staff", "园区配套" + n);
        Long dropped = data.lead("staff", "物流仓" + n);
        actors.run("staff", () -> projects.drop(dropped, projects.get(dropped).version(), "企业失联"));
        byte[] file = xlsx(new String[] {}, new String[] {"项目名称", "企业名称", "项目阶段", "备注"},
                new Object[] {"园区配套" + n, "园区配套" + n + "有限公司", "终止", "企业迁往外地"},
                new Object[] {"物流仓" + n, "物流仓" + n + "有限公司", "暂缓", "重新联系上，待定"});
        Map<String, Long> before = counts();

        // STAFF may drop their unit's project (as on the project page) but not bring back a dropped one.
        ImportPreview staff = preview("staff", file, "线索.xlsx", LedgerType.LEADS, ImportOptions.defaults());
        assertThat(SampleLedgers.rowOfProject(staff, "园区配套" + n).action()).isEqualTo(RowAction.UPDATE_PROJECT);
        assertThat(SampleLedgers.rowOfProject(staff, "园区配套" + n).changes()).contains(
                new FieldChange("ledgerimport.field.STAGE", "stage.LEAD", "stage.DROPPED"),
                new FieldChange("ledgerimport.field.PAUSE_REASON", "", "企业迁往外地"));
        assertThat(SampleLedgers.rowOfProject(staff, "物流仓" + n).action()).isEqualTo(RowAction.ERROR);
        assertThat(SampleLedgers.projectKeys(staff, "物流仓" + n)).contains("droppedNotResumable");
        String message = messages.getMessage("ledgerimport.problem.droppedNotResumable",
                SampleLedgers.rowOfProject(staff, "物流仓" + n).problems().stream().filter(Problem::isError).findFirst().orElseThrow().arguments().toArray(),
                Locale.SIMPLIFIED_CHINESE);
        assertThat(message).contains("物流仓" + n, "区领导或管理员");
        assertThatThrownBy(() -> importFile("staff", file, "线索.xlsx", LedgerType.LEADS, ImportOptions.defaults(), true))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ledgerimport.error.rowsHaveErrors"));
        assertThat(counts()).isEqualTo(before);
        assertThat(data.get("staff", active).stage()).isEqualTo(Stage.LEAD);

        Imported leader = importFile("leader", file, "线索.xlsx", LedgerType.LEADS, ImportOptions.defaults(), true);

        assertThat(leader.result().projectsUpdated()).isEqualTo(2);
        ProjectDetails gone = data.get("staff", active);
        assertThat(gone.stage()).isEqualTo(Stage.DROPPED);
        assertThat(gone.holdReason()).isEqualTo("企业迁往外地");
        ProjectDetails back = data.get("staff", dropped);
        assertThat(back.stage()).isEqualTo(Stage.ON_HOLD);
        assertThat(back.pausedFromStage()).isEqualTo(Stage.LEAD);
        assertThat(back.holdReason()).isEqualTo("重新联系上，待定");
        assertThat(actors.as("staff", () -> projects.timeline(dropped))).extracting(StageChangeRow::kind)
                .startsWith(StageChangeKind.HELD, StageChangeKind.RESUMED, StageChangeKind.DROPPED);
    }

    // ------------------------------------------------------------------ helpers

    record Imported(LedgerFile file, ImportPreview preview, ImportResult result) {
    }

    private Imported importFile(String user, byte[] bytes, String fileName, LedgerType type, ImportOptions options,
            boolean confirm) {
        return actors.as(user, () -> {
            LedgerFile file = service.read(new ByteArrayInputStream(bytes), fileName, null, ImportProgress.NONE);
            ColumnMapping mapping = service.suggestMapping(file);
            ImportPreview preview = service.preview(file, type, mapping, options, ImportProgress.NONE);
            ImportResult result = confirm ? service.importLedger(file, type, mapping, options, preview, ImportProgress.NONE) : null;
            return new Imported(file, preview, result);
        });
    }

    private ImportPreview preview(String user, byte[] bytes, String fileName, LedgerType type, ImportOptions options) {
        return importFile(user, bytes, fileName, type, options, false).preview();
    }

    private void assertRefused(byte[] bytes, String fileName, String key, String... chineseParts) {
        Map<String, Long> before = counts();
        assertThatThrownBy(() -> importFile("unitlead", bytes, fileName, LedgerType.LEADS, ImportOptions.defaults(), true))
                .isInstanceOfSatisfying(LedgerFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(chinese(e)).contains(chineseParts);
                });
        assertThat(counts()).isEqualTo(before);
    }

    private String chinese(BusinessException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), Locale.SIMPLIFIED_CHINESE);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("company", "project", "project_agreement", "project_stage_change", "ledger_import")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                text.append(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "").append(' ');
            }
        }
        return text.toString();
    }

    private static String next() {
        return String.valueOf(ProcessHandle.current().pid() % 97) + (char) ('A' + SEQ.getAndIncrement() % 26) + SEQ.get();
    }

    static BigDecimal wan(long amount) {
        return BigDecimal.valueOf(amount).setScale(2);
    }
}
