package org.zhaoshang.crm.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhaoshang.crm.ledger.importing.SampleLedgers.xls;
import static org.zhaoshang.crm.ledger.importing.SampleLedgers.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhaoshang.crm.ledger.LedgerFilter;
import org.zhaoshang.crm.ledger.LedgerService;
import org.zhaoshang.crm.ledger.LedgerType;
import org.zhaoshang.crm.project.ProjectDetails;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * 三个一批台账 made the ways units keep them: sections 签约/开工/投产 with varying headings, 小计 and 合计 rows, a
 * project listed in two batches, dates in several forms; imported against the real database, all or nothing, and an
 * exported 三个一批台账 read back changing nothing.
 */
@CrmIntegrationTest
class LedgerImportThreeBatchesIT {

    private static final String[] HEADER = {"序号", "项目名称", "投资主体", "总投资（万元）", "落地片区", "签约日期", "落地时间",
        "开工时间", "投产时间", "责任单位", "备注"};

    @Autowired
    LedgerImportService service;
    @Autowired
    LedgerService ledgers;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectTestData data;
    @Autowired
    Actors actors;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void noHook() {
        actors.run("admin", () -> service.beforeWritingRow(null));
    }

    @Test
    void eachSectionBringsItsProjectsToItsBatchWithTheSectionsDateAndAProjectInTwoBatchesIsOneProject() {
        String n = ProjectTestData.unique("");
        byte[] file = xlsx(new String[] {"二七区2023年“三个一批”项目台账", "填报单位：区商务局"}, HEADER,
                new Object[] {"一、集中签约项目（2个）"},
                new Object[] {1, "医疗器械园" + n, "恒泰" + n + "医疗科技有限公司", 3000, "二七经开区", "2023.5.26", "", "", "", "区商务局", ""},
                new Object[] {2, "冷链物流中心" + n, "豫冷" + n + "物流有限公司", "1.2亿", "马寨镇", 20230310, "", "", "", "区商务局", "首批"},
                new Object[] {"小计", "2个", "", 15000},
                null,
                new Object[] {"（二）开工项目"},
                new Object[] {1, "冷链物流中心" + n, "豫冷" + n + "物流有限公司", 12000, "马寨镇", "", "2023年4月1日",
                    LocalDate.of(2023, 6, 18), "", "区商务局", ""},
                new Object[] {2, "食品产业园" + n, "仝吉" + n + "食品有限公司", 5000, "马寨镇", "2022-11-02", "2023/1/5", "2023年3月8日", "",
                    "区商务局", ""},
                new Object[] {"小计", "2个"},
                new Object[] {"三、竣工投产项目"},
                new Object[] {1, "数据中心" + n, "云数" + n + "科技有限公司", 2000, "二七经开区", "2021-05-01", "2021-08-01", "2022-03-01",
                    "2023年9月30日", "区商务局", ""},
                new Object[] {"合计", "5个", "", 22000});
        Map<String, Long> before = counts();

        ImportPreview preview = actors.as("unitlead", () -> {
            LedgerFile read = service.read(new ByteArrayInputStream(file), "三个一批.xlsx", null, ImportProgress.NONE);
            ColumnMapping mapping = service.suggestMapping(read, LedgerType.THREE_BATCHES);
            ImportPreview shown = service.preview(read, LedgerType.THREE_BATCHES, mapping, ImportOptions.defaults(), ImportProgress.NONE);
            service.importLedger(read, LedgerType.THREE_BATCHES, mapping, ImportOptions.defaults(), shown, ImportProgress.NONE);
            return shown;
        });

        assertThat(preview.errorRows()).as(preview.rows().toString()).isZero();
        assertThat(preview.count(RowAction.CREATE_COMPANY_AND_PROJECT)).isEqualTo(4);
        assertThat(preview.count(RowAction.SKIP)).as("3 headings, 2 小计, 合计, the repeated project").isEqualTo(7);
        assertThat(keys(preview, "冷链物流中心" + n)).contains("batchRows", "batchRepeat");

        ProjectDetails signed = SampleLedgers.onlyProject(actors, projects, "unitlead", "医疗器械园" + n);
        assertThat(signed.stage()).isEqualTo(Stage.SIGNED);
        assertThat(signed.actualSignDate()).isEqualTo(LocalDate.of(2023, 5, 26));
        ProjectDetails twice = SampleLedgers.onlyProject(actors, projects, "unitlead", "冷链物流中心" + n);
        assertThat(twice.stage()).as("signed and started: at least started").isEqualTo(Stage.STARTED);
        assertThat(twice.actualSignDate()).isEqualTo(LocalDate.of(2023, 3, 10));
        assertThat(twice.actualLandDate()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(twice.actualStartDate()).isEqualTo(LocalDate.of(2023, 6, 18));
        assertThat(twice.totalInvestment()).isEqualByComparingTo("12000");
        assertThat(SampleLedgers.onlyProject(actors, projects, "unitlead", "食品产业园" + n).stage()).isEqualTo(Stage.STARTED);
        ProjectDetails operating = SampleLedgers.onlyProject(actors, projects, "unitlead", "数据中心" + n);
        assertThat(operating.stage()).isEqualTo(Stage.OPERATING);
        assertThat(operating.actualOperationDate()).isEqualTo(LocalDate.of(2023, 9, 30));
        Map<String, Long> after = counts();
        assertThat(after.get("project") - before.get("project")).isEqualTo(4);
        assertThat(after.get("company") - before.get("company")).isEqualTo(4);
    }

    @Test
    void anOldXlsWithOneDateColumnForAllSectionsReadsItAsEachSectionsDateAndMovesAnExistingProjectForward() {
        String n = ProjectTestData.unique("");
        String existingName = "康养中心" + n;
        Long existingId = data.lead("unitlead", existingName);
        // Old ledgers often keep one date column headed 签约时间 for every section.
        byte[] file = xls(new String[] {"2024年三个一批台账"}, new String[] {"序号", "项目名称", "企业名称", "总投资", "落地片区", "签约时间",
            "责任单位"},
                new Object[] {"一、签约一批"},
                new Object[] {1, existingName, existingName + "有限公司", 800, "大学路健康产业带", "2024年2月3日", "区商务局"},
                new Object[] {"二、开工一批"},
                new Object[] {1, "中试基地" + n, "星驾" + n + "氢能科技有限公司", 6000, "二七经开区", "2024.4.5", "区商务局"});

        ImportPreview preview = preview("unitlead", file, "三个一批.xls");

        PreviewRow update = SampleLedgers.rowOfProject(preview, existingName);
        assertThat(update.action()).isEqualTo(RowAction.UPDATE_PROJECT);
        assertThat(update.stage()).isEqualTo(Stage.SIGNED);
        assertThat(update.changes()).extracting(FieldChange::labelKey).contains("ledgerimport.field.STAGE",
                "ledgerimport.field.SIGN_DATE");
        PreviewRow started = SampleLedgers.rowOfProject(preview, "中试基地" + n);
        assertThat(started.action()).isEqualTo(RowAction.ERROR);
        assertThat(started.problems()).filteredOn(p -> p.key().equals("missingForStage")).extracting(p -> p.arguments().get(1))
                .as("the section's date is its start date; signing and landing dates are missing")
                .contains("ledgerimport.field.SIGN_DATE", "ledgerimport.field.LAND_DATE")
                .doesNotContain("ledgerimport.field.START_DATE");

        Map<String, Long> before = counts();
        actors.as("unitlead", () -> {
            LedgerFile read = service.read(new ByteArrayInputStream(file), "三个一批.xls", null, ImportProgress.NONE);
            ColumnMapping mapping = service.suggestMapping(read, LedgerType.THREE_BATCHES);
            return service.importLedger(read, LedgerType.THREE_BATCHES, mapping, ImportOptions.defaults().withSkipErrorRows(true),
                    null, ImportProgress.NONE);
        });
        ProjectDetails moved = actors.as("unitlead", () -> projects.get(existingId));
        assertThat(moved.stage()).isEqualTo(Stage.SIGNED);
        assertThat(moved.actualSignDate()).isEqualTo(LocalDate.of(2024, 2, 3));
        assertThat(counts().get("project")).isEqualTo(before.get("project"));
    }

    @Test
    void aRowAboveEverySectionIsAnErrorUnlessItsBatchColumnSaysWhichAndABadBatchChangesNothing() {
        String n = ProjectTestData.unique("");
        byte[] file = xlsx(new String[] {"三个一批台账"}, new String[] {"序号", "批次", "项目名称", "企业名称", "总投资", "落地片区",
            "签约日期", "当前阶段"},
                new Object[] {1, "", "无分段项目" + n, "无分段" + n + "有限公司", 100, "马寨镇", "2023-01-05", ""},
                new Object[] {2, "签约一批", "有批次项目" + n, "有批次" + n + "有限公司", 100, "马寨镇", "2023-01-06", ""},
                new Object[] {3, "第二批", "错批次项目" + n, "错批次" + n + "有限公司", 100, "马寨镇", "2023-01-07", ""},
                new Object[] {"一、签约项目"},
                new Object[] {4, "", "阶段倒退项目" + n, "阶段倒退" + n + "有限公司", 100, "马寨镇", "2023-01-08", "洽谈"});
        Map<String, Long> before = counts();

        ImportPreview preview = preview("unitlead", file, "三个一批.xlsx");

        assertThat(SampleLedgers.rowOfProject(preview, "无分段项目" + n).problems()).extracting(Problem::key).contains("noBatch");
        assertThat(SampleLedgers.rowOfProject(preview, "有批次项目" + n).action()).isEqualTo(RowAction.CREATE_COMPANY_AND_PROJECT);
        assertThat(SampleLedgers.rowOfProject(preview, "错批次项目" + n).problems()).extracting(Problem::key).contains("unknownBatch");
        assertThat(SampleLedgers.rowOfProject(preview, "阶段倒退项目" + n).problems()).extracting(Problem::key).contains("stageBeforeBatch");
        String message = actors.as("unitlead", () -> service.text("ledgerimport.problem.noBatch", List.of(), Locale.SIMPLIFIED_CHINESE));
        assertThat(message).contains("分段", "批次");
        assertThatThrownBy(() -> actors.run("unitlead", () -> {
            LedgerFile read = service.read(new ByteArrayInputStream(file), "三个一批.xlsx", null, ImportProgress.NONE);
            service.importLedger(read, LedgerType.THREE_BATCHES, service.suggestMapping(read, LedgerType.THREE_BATCHES),
                    ImportOptions.defaults(), null, ImportProgress.NONE);
        })).isInstanceOf(org.zhaoshang.crm.base.BusinessException.class);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void whenTheThirdRowFailsWhileBeingWrittenNothingOfTheThreeBatchesIsWritten() {
        String n = ProjectTestData.unique("");
        byte[] file = xlsx(new String[] {"三个一批台账"}, HEADER,
                new Object[] {"签约一批"},
                new Object[] {1, "回滚甲" + n, "回滚甲" + n + "有限公司", 100, "马寨镇", "2023-02-01", "", "", "", "区商务局", ""},
                new Object[] {2, "回滚乙" + n, "回滚乙" + n + "有限公司", 100, "马寨镇", "2023-02-02", "", "", "", "区商务局", ""},
                new Object[] {3, "回滚丙" + n, "回滚丙" + n + "有限公司", 100, "马寨镇", "2023-02-03", "", "", "", "区商务局", ""});
        Map<String, Long> before = counts();
        // title, blank, header (row 3), heading (row 4), then rows 5, 6, 7
        actors.run("admin", () -> service.beforeWritingRow(row -> {
            if (row == 7) {
                throw new IllegalStateException("simulated failure while writing");
            }
        }));

        assertThatThrownBy(() -> actors.run("unitlead", () -> {
            LedgerFile read = service.read(new ByteArrayInputStream(file), "回滚.xlsx", null, ImportProgress.NONE);
            service.importLedger(read, LedgerType.THREE_BATCHES, service.suggestMapping(read, LedgerType.THREE_BATCHES),
                    ImportOptions.defaults(), null, ImportProgress.NONE);
        })).isInstanceOfSatisfying(LedgerImportService.ImportWriteException.class, e -> assertThat(e.rowNumber()).isEqualTo(7));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anExportedThreeBatchesLedgerReadBackChangesNothing() throws Exception {
        String n = ProjectTestData.unique("");
        byte[] file = xlsx(new String[] {"三个一批"}, HEADER,
                new Object[] {"签约一批"},
                new Object[] {1, "回读签约" + n, "回读甲" + n + "有限公司", 100, "马寨镇", "2017-02-01", "", "", "", "区商务局", ""},
                new Object[] {2, "回读开工" + n, "回读乙" + n + "有限公司", 100, "马寨镇", "2017-02-02", "2017-03-01", "2017-04-01", "",
                    "区商务局", ""});
        actors.run("unitlead", () -> {
            LedgerFile read = service.read(new ByteArrayInputStream(file), "回读.xlsx", null, ImportProgress.NONE);
            service.importLedger(read, LedgerType.THREE_BATCHES, service.suggestMapping(read, LedgerType.THREE_BATCHES),
                    ImportOptions.defaults(), null, ImportProgress.NONE);
        });
        assertThat(SampleLedgers.onlyProject(actors, projects, "unitlead", "回读开工" + n).stage()).as("a 签约 row: its later dates are left out").isEqualTo(Stage.SIGNED);

        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        actors.run("unitlead", () -> {
            try {
                ledgers.writeXlsx(LedgerType.THREE_BATCHES,
                LedgerFilter.none().withPeriod(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)), List.of(),
                        Locale.SIMPLIFIED_CHINESE, exported, x -> { });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Map<String, Long> before = counts();

        ImportPreview back = preview("unitlead", exported.toByteArray(), "导出的三个一批.xlsx");

        assertThat(back.fileProblems()).isEmpty();
        assertThat(back.errorRows()).as(back.rows().toString()).isZero();
        assertThat(back.rowsToWrite()).isZero();
        assertThat(SampleLedgers.rowOfProject(back, "回读签约" + n).action()).isEqualTo(RowAction.UNCHANGED);
        assertThat(counts()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ helpers


    private ImportPreview preview(String user, byte[] bytes, String fileName) {
        return actors.as(user, () -> {
            LedgerFile read = service.read(new ByteArrayInputStream(bytes), fileName, null, ImportProgress.NONE);
            return service.preview(read, LedgerType.THREE_BATCHES, service.suggestMapping(read, LedgerType.THREE_BATCHES),
                    ImportOptions.defaults(), ImportProgress.NONE);
        });
    }

    private static List<String> keys(ImportPreview preview, String projectName) {
        return preview.rows().stream().filter(r -> projectName.equals(r.projectName())).flatMap(r -> r.problems().stream())
                .map(Problem::key).toList();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("company", "project", "project_agreement", "project_stage_change", "ledger_import")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }
}
