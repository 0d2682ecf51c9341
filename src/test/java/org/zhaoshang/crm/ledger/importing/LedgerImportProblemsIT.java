package org.zhaoshang.crm.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhaoshang.crm.ledger.importing.SampleLedgers.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhaoshang.crm.ledger.LedgerFilter;
import org.zhaoshang.crm.ledger.LedgerService;
import org.zhaoshang.crm.ledger.LedgerType;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.supervision.ProblemRow;
import org.zhaoshang.crm.supervision.ProblemSource;
import org.zhaoshang.crm.supervision.ProblemStatus;
import org.zhaoshang.crm.supervision.SupervisionService;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * 问题督办台账 made the ways units keep them, imported against the real database: each row a problem raised through
 * the supervision service on an existing project; bad rows explained and left out; a second import and an exported
 * ledger read back add nothing; all or nothing when a row fails while being written.
 */
@CrmIntegrationTest
class LedgerImportProblemsIT {

    private static final String[] HEADER = {"序号", "存在问题", "所属项目", "问题类别", "来源", "牵头单位", "配合单位", "完成时限",
        "督办领导", "办理状态", "备注"};

    @Autowired
    LedgerImportService service;
    @Autowired
    SupervisionService supervision;
    @Autowired
    LedgerService ledgers;
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
    void eachRowRaisesAProblemOnItsProjectBadRowsAreExplainedAndASecondImportAddsNothing() {
        String project = ProjectTestData.unique("问题台账项目");
        Long projectId = data.lead("unitlead", project);
        String n = ProjectTestData.unique("");
        byte[] file = xlsx(new String[] {"二七区重点项目问题督办台账", "填报单位：区商务局    截至2026年11月"}, HEADER,
                new Object[] {1, "供地指标未落实" + n, project, "土地", "外出招商", "区商务局", "区自然资源规划分局、区发改委", "2030.6.30", "",
                    "待交办", "已对接"},
                new Object[] {2, "控规调整" + n, project, "规划问题", "", "区发改委", "", "2030年12月31日", "赵志远", "办理中", ""},
                null,
                new Object[] {3, "已解决的问题" + n, project, "资金", "会议", "区商务局", "", "2030-01-01", "", "已销号", ""},
                new Object[] {4, "无此项目的问题" + n, "不存在的项目" + n, "土地", "", "区商务局", "", "2030-01-01", "", "", ""},
                new Object[] {5, "类别不明" + n, project, "交通", "", "区商务局", "", "2030-01-01", "", "", ""},
                new Object[] {6, "时限已过" + n, project, "土地", "", "区商务局", "", "2020-01-01", "", "", ""},
                new Object[] {7, "督办人不是领导" + n, project, "土地", "", "区商务局", "", "2030-01-01", "张建国", "", ""},
                new Object[] {"合计", "7项"});
        long before = problems();

        ImportPreview preview = preview("leader", file);

        assertThat(preview.count(RowAction.CREATE_PROBLEM)).isEqualTo(2);
        assertThat(preview.count(RowAction.SKIP)).isEqualTo(1);
        assertThat(SampleLedgers.titledKeys(preview, "控规调整" + n)).contains("defaultProblemSource", "assigned");
        assertThat(SampleLedgers.titledKeys(preview, "已解决的问题" + n)).contains("closedNotImported");
        assertThat(SampleLedgers.titledKeys(preview, "无此项目的问题" + n)).contains("projectNotFound");
        assertThat(SampleLedgers.titledKeys(preview, "类别不明" + n)).contains("unknownCategory");
        assertThat(SampleLedgers.rowTitled(preview, "类别不明" + n).problems()).filteredOn(p -> p.key().equals("unknownCategory"))
                .singleElement().satisfies(p -> assertThat(p.arguments().get(1)).contains("土地", "规划"));
        assertThat(SampleLedgers.titledKeys(preview, "时限已过" + n)).contains("deadlinePassed");
        assertThat(SampleLedgers.titledKeys(preview, "督办人不是领导" + n)).contains("supervisorNotLeader");
        assertThat(chinese("closedNotImported", "已销号")).contains("不导入", "督办领导确认");
        assertThat(problems()).as("the preview writes nothing").isEqualTo(before);
        String errorSheet = actors.as("leader", () -> {
            LedgerFile read = service.read(new ByteArrayInputStream(file), "问题台账.xlsx", null, ImportProgress.NONE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            service.writeErrorSheet(read, preview, Locale.SIMPLIFIED_CHINESE, out);
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                StringBuilder text = new StringBuilder();
                workbook.getSheetAt(0).forEach(r -> r.forEach(c -> text.append(c.toString()).append(' ')));
                return text.toString();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(errorSheet).as("the error sheet explains each row").contains("销号须由督办领导确认", "找不到名为", "提出问题");
        assertThatThrownBy(() -> importFile("leader", file, ImportOptions.defaults()))
                .isInstanceOf(org.zhaoshang.crm.base.BusinessException.class);
        assertThat(problems()).as("error rows refuse the whole file unless skipped").isEqualTo(before);

        ImportResult result = importFile("leader", file, ImportOptions.defaults().withSkipErrorRows(true));

        assertThat(result.problemsCreated()).isEqualTo(2);
        assertThat(result.rowsWithErrorsLeftOut()).isEqualTo(5);
        List<ProblemRow> raised = actors.as("leader", () -> supervision.ofProject(projectId));
        ProblemRow land = raised.stream().filter(p -> p.title().equals("供地指标未落实" + n)).findFirst().orElseThrow();
        assertThat(land.status()).isEqualTo(ProblemStatus.TO_ASSIGN);
        assertThat(land.category()).isEqualTo("土地");
        assertThat(land.source()).isEqualTo(ProblemSource.TRIP);
        assertThat(land.leadUnitName()).isEqualTo("区商务局");
        assertThat(land.coUnits()).containsExactlyInAnyOrder("区自然资源规划分局", "区发改委");
        assertThat(land.deadline()).isEqualTo(LocalDate.of(2030, 6, 30));
        assertThat(land.description()).contains("已对接", "问题台账.xlsx");
        ProblemRow planning = raised.stream().filter(p -> p.title().equals("控规调整" + n)).findFirst().orElseThrow();
        assertThat(planning.status()).as("办理中, and a leader may assign").isEqualTo(ProblemStatus.IN_PROGRESS);
        assertThat(planning.category()).isEqualTo("规划");
        assertThat(planning.source()).isEqualTo(ProblemSource.DIRECT);
        assertThat(planning.supervisingLeader()).isEqualTo("赵志远");
        assertThat(planning.deadline()).isEqualTo(LocalDate.of(2030, 12, 31));
        assertThat(raised).hasSize(2);

        ImportPreview again = preview("leader", file);
        assertThat(again.count(RowAction.UNCHANGED)).isEqualTo(2);
        assertThat(again.rowsToWrite()).isZero();
    }

    @Test
    void aUnitLeadRaisesOnlyOnTheirUnitsProjectsAndCannotAssignForAnotherUnit() {
        String own = ProjectTestData.unique("本单位问题项目");
        data.lead("unitlead", own);
        String other = ProjectTestData.unique("外单位问题项目");
        data.lead("staff2", other);
        String n = ProjectTestData.unique("");
        byte[] file = xlsx(new String[] {}, HEADER,
                new Object[] {1, "本单位问题" + n, own, "土地", "问题直报", "区发改委", "", "2030-01-01", "", "办理中", ""},
                new Object[] {2, "外单位问题" + n, other, "土地", "问题直报", "区商务局", "", "2030-01-01", "", "", ""});

        ImportPreview preview = preview("unitlead", file);

        assertThat(SampleLedgers.rowTitled(preview, "本单位问题" + n).action()).isEqualTo(RowAction.CREATE_PROBLEM);
        assertThat(SampleLedgers.titledKeys(preview, "本单位问题" + n)).as("the lead unit is another unit").contains("notAssigned");
        assertThat(SampleLedgers.rowTitled(preview, "外单位问题" + n).action()).isEqualTo(RowAction.ERROR);
        assertThat(SampleLedgers.titledKeys(preview, "外单位问题" + n)).containsAnyOf("projectNotFound", "otherUnitProject");
    }

    @Test
    void whenTheThirdRowFailsWhileBeingWrittenNoProblemOfTheFileIsRaised() {
        String project = ProjectTestData.unique("回滚问题项目");
        data.lead("unitlead", project);
        String n = ProjectTestData.unique("");
        byte[] file = xlsx(new String[] {"问题台账"}, HEADER,
                new Object[] {1, "回滚甲" + n, project, "土地", "问题直报", "区商务局", "", "2030-01-01", "", "", ""},
                new Object[] {2, "回滚乙" + n, project, "规划", "问题直报", "区商务局", "", "2030-01-01", "", "", ""},
                new Object[] {3, "回滚丙" + n, project, "资金", "问题直报", "区商务局", "", "2030-01-01", "", "", ""});
        long before = problems();
        long events = jdbc.queryForObject("select count(*) from problem_event", Long.class);
        actors.run("admin", () -> service.beforeWritingRow(row -> {
            if (row == 6) { // title, blank, header, then rows 4, 5, 6
                throw new IllegalStateException("simulated failure while writing");
            }
        }));

        assertThatThrownBy(() -> importFile("unitlead", file, ImportOptions.defaults()))
                .isInstanceOfSatisfying(LedgerImportService.ImportWriteException.class, e -> assertThat(e.rowNumber()).isEqualTo(6));

        assertThat(problems()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from problem_event", Long.class)).isEqualTo(events);
    }

    @Test
    void anExportedProblemLedgerReadBackAddsNothing() throws Exception {
        String project = ProjectTestData.unique("回读问题项目");
        data.lead("unitlead", project);
        String n = ProjectTestData.unique("");
        byte[] file = xlsx(new String[] {"问题台账"}, HEADER,
                new Object[] {1, "回读问题" + n, project, "土地", "跟进", "区商务局", "区发改委", "2030-01-01", "赵志远", "", ""});
        importFile("unitlead", file, ImportOptions.defaults());
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        actors.run("unitlead", () -> {
            try {
                ledgers.writeXlsx(LedgerType.PROBLEMS, LedgerFilter.none().withAllTime(), List.of(),
                        Locale.SIMPLIFIED_CHINESE, exported, x -> { });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        long before = problems();

        ImportPreview back = preview("unitlead", exported.toByteArray());

        assertThat(back.fileProblems()).isEmpty();
        assertThat(SampleLedgers.rowTitled(back, "回读问题" + n).action()).isEqualTo(RowAction.UNCHANGED);
        assertThat(back.count(RowAction.CREATE_PROBLEM)).isZero();
        assertThat(problems()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ helpers

    private ImportPreview preview(String user, byte[] bytes) {
        return actors.as(user, () -> {
            LedgerFile read = service.read(new ByteArrayInputStream(bytes), "问题台账.xlsx", null, ImportProgress.NONE);
            return service.preview(read, LedgerType.PROBLEMS, service.suggestMapping(read, LedgerType.PROBLEMS),
                    ImportOptions.defaults(), ImportProgress.NONE);
        });
    }

    private ImportResult importFile(String user, byte[] bytes, ImportOptions options) {
        return actors.as(user, () -> {
            LedgerFile read = service.read(new ByteArrayInputStream(bytes), "问题台账.xlsx", null, ImportProgress.NONE);
            ColumnMapping mapping = service.suggestMapping(read, LedgerType.PROBLEMS);
            ImportPreview shown = service.preview(read, LedgerType.PROBLEMS, mapping, options, ImportProgress.NONE);
            return service.importLedger(read, LedgerType.PROBLEMS, mapping, options, shown, ImportProgress.NONE);
        });
    }

    private String chinese(String key, String... arguments) {
        return actors.as("staff", () -> service.text("ledgerimport.problem." + key, List.of(arguments), Locale.SIMPLIFIED_CHINESE));
    }

    private long problems() {
        return jdbc.queryForObject("select count(*) from problem", Long.class);
    }
}
