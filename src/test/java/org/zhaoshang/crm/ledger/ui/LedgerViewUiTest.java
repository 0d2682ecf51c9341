package org.zhaoshang.crm.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.zhaoshang.crm.ledger.LedgerFilter;
import org.zhaoshang.crm.ledger.LedgerService;
import org.zhaoshang.crm.ledger.LedgerSnapshotService;
import org.zhaoshang.crm.ledger.LedgerType;
import org.zhaoshang.crm.ledger.SnapshotSummary;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/** The ledger screens driven in-process: heading, grid, filters from the URL, a background export, snapshots. */
@CrmIntegrationTest
class LedgerViewUiTest extends SpringBrowserlessTest {

    @Autowired
    LedgerService ledgers;
    @Autowired
    LedgerSnapshotService snapshots;
    @Autowired
    ReferenceDataService referenceData;

    @Test
    @WithUserDetails("unitlead")
    void aUnitLeadSeesTheUnitsSignedLedgerWithTheHeadingOfThePaperForm() {
        LedgerView view = open("ledgers", "type=SIGNED", LedgerView.class);

        assertThat($(H2.class, view).first().getText()).isEqualTo("二七区签约项目台账");
        assertThat(view.getElement().getTextRecursively()).contains("填报单位：二七区商务局", "统计截止日期：");
        assertThat($(ComboBox.class, view).withClassName("unit-filter").all()).as("a unit lead reads only the own unit").isEmpty();
        Grid<LedgerView.NumberedRow> grid = view.grid();
        assertThat(grid.getColumns().getFirst().getHeaderText()).isEqualTo("序号");
        assertThat(grid.getColumnByKey("totalInvestment").getHeaderText()).isEqualTo("总投资（万元）");
        long count = ledgers.totals(LedgerType.SIGNED, LedgerFilter.none()).count();
        assertThat(test(grid).size()).isEqualTo((int) count);
        if (count > 0) {
            assertThat(test(grid).getCellText(0, 0)).isEqualTo("1");
            assertThat(test(grid).getRow(0).row().unitId()).isEqualTo(unitId("区商务局"));
        }
    }

    @Test
    @WithUserDetails("leader")
    void theFilterComesFromTheUrlAndTheTypeCanBeSwitched() {
        Long unit = unitId("二七经开区管委会");
        LedgerView view = open("ledgers", "type=NEGOTIATING&unit=" + unit + "&period=all", LedgerView.class);

        @SuppressWarnings("unchecked")
        ComboBox<UnitSummary> unitBox = $(ComboBox.class, view).withClassName("unit-filter").first();
        assertThat(unitBox.isVisible()).isTrue();
        assertThat(unitBox.getValue().name()).isEqualTo("二七经开区管委会");
        assertThat(view.getElement().getTextRecursively()).contains("二七区在谈项目台账", "填报单位：二七经开区管委会");
        Grid<LedgerView.NumberedRow> grid = view.grid();
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).row().unitId()).isEqualTo(unit);
        }

        @SuppressWarnings("unchecked")
        Select<LedgerType> type = $(Select.class, view).first();
        test(type).selectItem("问题督办台账");
        assertThat($(H2.class, view).first().getText()).isEqualTo("二七区问题督办台账");
        assertThat(view.grid().getColumnByKey("problemTitle").getHeaderText()).isEqualTo("问题");
    }

    @Test
    @WithUserDetails("leader")
    void anExportRunsInTheBackgroundWithProgressAndEndsWithADownload() throws IOException {
        LedgerView view = open("ledgers", "type=SIGNED&period=all", LedgerView.class);
        Button xlsx = $(Button.class, view).withClassName("export-xlsx").first();

        test(xlsx).click();
        assertThat(xlsx.isEnabled()).as("no second export while one runs").isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        ExportRunner.Task task = endOfExport(view);

        assertThat(task.state()).isEqualTo(ExportRunner.Task.State.DONE);
        assertThat(xlsx.isEnabled()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).as("polling stops when the export is done").isNegative();
        Anchor download = $(Anchor.class, view).withClassName("export-file").first();
        assertThat(download.getText()).startsWith("二七区签约项目台账_").endsWith(".xlsx");
        assertThat($(Span.class, view).withClassName("export-status").first().getText()).startsWith("已导出 " + task.rows() + " 行");
        try (InputStream in = Files.newInputStream(task.file()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("二七区签约项目台账");
        }
    }

    @Test
    @WithUserDetails("leader")
    void aPdfTooLongToPrintEndsWithTheReasonAndTheButtonsBack() {
        LedgerView view = open("ledgers", "type=SIGNED&period=all", LedgerView.class);
        Object service = AopTestUtils.getTargetObject(ledgers);
        Object limit = ReflectionTestUtils.getField(service, "pdfMaxRows");
        ReflectionTestUtils.setField(service, "pdfMaxRows", 0);
        try {
            Button pdf = $(Button.class, view).withClassName("export-pdf").first();
            test(pdf).click();
            ExportRunner.Task task = endOfExport(view);

            assertThat(task.state()).isEqualTo(ExportRunner.Task.State.FAILED);
            assertThat(pdf.isEnabled()).isTrue();
            assertThat($(Notification.class).last().getElement().getProperty("text"))
                    .startsWith("PDF 最多打印 0 行，当前台账有").endsWith("或导出 Excel 后再打印。");
            assertThat($(Anchor.class, view).withClassName("export-file").exists()).as("nothing to download").isFalse();
        } finally {
            ReflectionTestUtils.setField(service, "pdfMaxRows", limit);
        }
    }

    @Test
    @WithUserDetails("leader")
    void twoSnapshotsAreComparedOnTheSnapshotScreen() {
        LedgerView view = open("ledgers", "type=KEY_PROJECTS", LedgerView.class);
        test($(Button.class, view).withClassName("take-snapshot").first()).click();
        SnapshotSummary first = snapshots.list(LedgerType.KEY_PROJECTS).getFirst();
        SnapshotSummary second = snapshots.take(LedgerType.KEY_PROJECTS);

        SnapshotView snapshotView = open("ledgers/snapshots", "type=KEY_PROJECTS&older=" + first.id() + "&newer=" + second.id(),
                SnapshotView.class);

        assertThat(snapshotView.diff()).isNotNull();
        assertThat(snapshotView.diff().older().id()).isEqualTo(first.id());
        assertThat(snapshotView.getElement().getTextRecursively()).contains("新增 0 项，删除 0 项，变更 0 项");
        assertThat($(Anchor.class, snapshotView).withClassName("export-diff").first().isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("leader")
    void theSnapshotScreenStatesTheRetentionRuleAndOffersNoDeleteToALeader() {
        snapshots.take(LedgerType.TRIPS);
        SnapshotView view = open("ledgers/snapshots", "type=TRIPS", SnapshotView.class);

        assertThat($(Paragraph.class, view).withClassName("retention-rule").first().getText())
                .isEqualTo("周五快照保留26周，月末快照和手动快照长期保留");
        assertThat($(Grid.class, view).first().getColumnByKey("delete")).isNull();
        assertThat($(Button.class, view).withClassName("delete-snapshot").all()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void anAdministratorDeletesASnapshotAfterConfirming() {
        SnapshotSummary taken = snapshots.take(LedgerType.TRIPS);
        SnapshotView view = open("ledgers/snapshots", "type=TRIPS", SnapshotView.class);
        assertThat($(Grid.class, view).first().getColumnByKey("delete")).isNotNull();

        @SuppressWarnings("unchecked")
        Grid<SnapshotSummary> list = $(Grid.class, view).first();
        int row = test(list).size() - 1;
        for (int i = 0; i < test(list).size(); i++) {
            if (test(list).getRow(i).id().equals(taken.id())) {
                row = i;
            }
        }
        Button delete = (Button) test(list).getCellComponent(row, "delete");
        test(delete).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).first();
        assertThat(dialog.isOpened()).isTrue();
        test(dialog).confirm();

        assertThat(snapshots.list(LedgerType.TRIPS)).extracting(SnapshotSummary::id).doesNotContain(taken.id());
        assertThat(test(list).size()).isEqualTo(snapshots.list(LedgerType.TRIPS).size());
    }

    /** Waits for the running export to end, then lets the screen poll once, as the browser would. */
    private static ExportRunner.Task endOfExport(LedgerView view) {
        ExportRunner.Task task = view.exports().task();
        await("the export to end").atMost(Duration.ofSeconds(60))
                .until(() -> task.state() == ExportRunner.Task.State.DONE || task.state() == ExportRunner.Task.State.FAILED);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        return task;
    }

    /** Navigates as a link with a query would (browserless navigation takes no query in the path). */
    private <T> T open(String path, String query, Class<T> view) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
        return view.cast(getCurrentView());
    }

    private Long unitId(String name) {
        return referenceData.units().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }
}
