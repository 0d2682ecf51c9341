package org.zhaoshang.crm.supervision.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.tabs.TabSheet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.supervision.ProblemDraft;
import org.zhaoshang.crm.supervision.ProblemRow;
import org.zhaoshang.crm.supervision.ProblemSource;
import org.zhaoshang.crm.supervision.SupervisionService;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/** 督办事项 as a leader sees it: 我督办的 first, and the open tab exported as the office's sheet. */
@CrmIntegrationTest
class SupervisionViewUiTest extends SpringBrowserlessTest {

    @Autowired
    ProjectTestData data;
    @Autowired
    Actors actors;
    @Autowired
    SupervisionService supervision;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("leader")
    void theSupervisedTabExportsItsRowsWithNumbersDatesAndOverdueWorkingDays() throws Exception {
        Long project = data.lead("staff", ProjectTestData.unique("导出督办"));
        Long leader = jdbc.queryForObject("select id from app_user where username = 'leader'", Long.class);
        Long unit = jdbc.queryForObject("select unit_id from app_user where username = 'staff'", Long.class);
        Long category = actors.as("staff", () -> supervision.categories()).keySet().iterator().next();
        String title = ProjectTestData.unique("导出的督办事项");
        Long id = actors.as("staff", () -> supervision.raise(new ProblemDraft(null, 0, project, title, "说明", category,
                ProblemSource.DIRECT, unit, Set.of(), LocalDate.now().plusDays(10), null, leader)));
        jdbc.update("update problem set deadline = ? where id = ?", LocalDate.of(2026, 9, 24), id);

        SupervisionView view = navigate(SupervisionView.class);
        assertThat($(TabSheet.class, view).first().getSelectedIndex()).as("a leader starts on 我督办的").isZero();
        List<ProblemRow> shown = view.selectedRows();
        assertThat(shown).extracting(ProblemRow::title).contains(title);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        view.export().write(shown, "填报单位：测试", out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("二七区问题督办事项");
            Row header = sheet.getRow(2);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("问题");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("完成时限");
            assertThat(sheet.getLastRowNum() - 2).as("one row per item of the tab").isEqualTo(shown.size());
            Row mine = null;
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                if (title.equals(sheet.getRow(r).getCell(1).getStringCellValue())) {
                    mine = sheet.getRow(r);
                }
            }
            assertThat(mine).isNotNull();
            assertThat(mine.getCell(0).getNumericCellValue()).isEqualTo(shown.stream().map(ProblemRow::title).toList().indexOf(title) + 1);
            assertThat(mine.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(mine.getCell(7))).isTrue();
            assertThat(mine.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 9, 24));
            assertThat(mine.getCell(8).getNumericCellValue()).as("overdue working days").isPositive();
            assertThat(mine.getCell(9).getStringCellValue()).isEqualTo("待交办");
        }
    }
}
