package org.zhaoshang.crm.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhaoshang.crm.project.ProjectFilter;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectSummary;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * A unit lead imports the unit's old signed-project ledger in Chromium: upload, the columns matched by their
 * Chinese headers, the preview with a row in error, leave that row out, confirm, and the projects are there. The
 * same screen on a phone (375 px). A row whose company is only similar to one in the 企业库 is taken into that
 * company by the select in its row, and a 搁置 row is imported on hold. Screenshots in
 * target/screenshots/ledger-import-*.png.
 */
@CrmIntegrationTest
class LedgerImportJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    ProjectService projects;
    @Autowired
    Actors actors;
    @Autowired
    ProjectTestData data;

    @Test
    void aUnitLeadImportsAnOldSignedLedgerLeavingOutTheRowWithAnError() throws Exception {
        String n = String.valueOf(System.nanoTime() % 100000);
        Path file = ledger(n);

        try (BrowserSession browser = new BrowserSession(port, 1400, 1000)) {
            browser.login("unitlead", "demo");
            browser.wait.until(d -> (Boolean) browser.driver.executeScript(
                    "return [...document.querySelectorAll('vaadin-side-nav-item')].some(i => i.textContent.trim() === '台账导入');"));
            browser.open("/ledger-import");
            browser.waitForText("把各单位原有的Excel或CSV台账导入系统");
            upload(browser, file);
            browser.waitForText("表头在第3行");
            browser.waitForText("导入为");
            browser.screenshot("ledger-import-mapping");
            browser.click("预览");
            browser.waitForText("有错误 1");
            browser.waitForText("系统中没有片区“火星开发区”");
            browser.driver.executeScript("document.querySelector('.import-preview').scrollIntoView({block: 'start'});");
            browser.screenshot("ledger-import-preview");
            Boolean confirmDisabled = (Boolean) browser.driver.executeScript(
                    "return document.querySelector('vaadin-button.confirm-button').hasAttribute('disabled');");
            assertThat(confirmDisabled).as("an error row blocks the import").isTrue();

            skipErrorRowsAndConfirm(browser, "全部写入成功才生效");
            browser.waitForText("导入完成：新建企业2家，新建项目2个");
            browser.screenshot("ledger-import-done");
        }

        List<ProjectSummary> imported = actors.as("unitlead", () -> projects.list(
                ProjectFilter.none().withText("导入演示" + n), 0, 10, List.of()));
        assertThat(imported).extracting(ProjectSummary::name)
                .containsExactlyInAnyOrder("导入演示医疗器械产业园" + n, "导入演示区域总部" + n);
        assertThat(imported).filteredOn(p -> p.name().equals("导入演示区域总部" + n)).singleElement()
                .satisfies(p -> assertThat(p.totalInvestment()).isEqualByComparingTo("15000"));
    }

    @Test
    void onAPhoneThePreviewStillShowsEachRowsStatusAndProblems() throws Exception {
        String n = String.valueOf(System.nanoTime() % 100000);
        Path file = ledger(n);

        try (BrowserSession browser = new BrowserSession(port, 375, 812)) {
            browser.login("staff", "demo");
            browser.open("/ledger-import");
            browser.waitForText("把各单位原有的Excel或CSV台账导入系统");
            browser.screenshot("ledger-import-375-start");
            upload(browser, file);
            browser.waitForText("导入为");
            browser.screenshot("ledger-import-375-mapping");
            browser.click("预览");
            browser.waitForText("有错误 1");
            browser.driver.executeScript("document.querySelector('.preview-grid').scrollIntoView({block: 'start'});");
            browser.screenshot("ledger-import-375-preview");
            Long width = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth;");
            assertThat(width).as("no sideways scrolling of the page").isLessThanOrEqualTo(380L);
        }
    }

    @Test
    void aRowWithASimilarCompanyIsTakenIntoTheExistingCompanyAndAShelvedRowIsImportedOnHold() throws Exception {
        String n = String.valueOf(System.nanoTime() % 100000);
        Long existing = data.company("unitlead", "郑州归入演示" + n + "医疗科技集团有限公司");
        Path file = workbook(new String[] {"序号", "项目名称", "企业名称", "总投资（万元）", "签约时间", "落地片区", "责任单位", "项目阶段", "备注"},
                new Object[][] {
                    {1, "归入演示产业园" + n, "郑州归入演示" + n + "医疗科技有限公司", 3000, "2023.5.26", "二七经开区", "区商务局", "签约", ""},
                    {2, "归入演示搁置项目" + n, "搁置演示" + n + "有限公司", 800, "2023.6.1", "中央商务区", "区商务局", "签约后搁置", "用地未落实"}});

        for (int width : new int[] {375, 1400}) {
            try (BrowserSession browser = new BrowserSession(port, width, width == 375 ? 812 : 1000)) {
                browser.login("unitlead", "demo");
                browser.open("/ledger-import");
                browser.waitForText("把各单位原有的Excel或CSV台账导入系统");
                upload(browser, file);
                browser.waitForText("导入为");
                browser.click("预览");
                browser.waitForText("企业库中有名称相近的企业");
                browser.waitForText("项目建到签约阶段后标为搁置，原因：用地未落实");
                browser.driver.executeScript("document.querySelector('.preview-grid').scrollIntoView({block: 'start'});");
                String suffix = width == 375 ? "-375" : "";
                browser.screenshot("ledger-import" + suffix + "-similar-company");
                browser.driver.executeScript("document.querySelector('vaadin-select.company-choice').click();");
                WebElement option = browser.wait.until(d -> (WebElement) browser.driver.executeScript(
                        "return [...document.querySelectorAll('vaadin-select-item')].find(i => i.textContent.includes('归入已有企业')"
                                + " && i.getClientRects().length > 0);"));
                browser.driver.executeScript("arguments[0].click();", option);
                browser.waitForText("按您的选择归入企业库中的");
                browser.driver.executeScript("document.querySelector('.preview-grid').scrollIntoView({block: 'start'});");
                browser.screenshot("ledger-import" + suffix + "-company-chosen");
                if (width == 375) {
                    Long scroll = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth;");
                    assertThat(scroll).as("no sideways scrolling of the page").isLessThanOrEqualTo(380L);
                    continue;
                }
                browser.click("确认导入");
                browser.waitForText("全部写入成功才生效");
                browser.driver.executeScript("""
                        const ok = [...document.querySelectorAll('vaadin-confirm-dialog vaadin-button, vaadin-button')]
                          .findLast(b => b.textContent.trim() === '导入' && b.getClientRects().length > 0);
                        ok.click();""");
                browser.waitForText("导入完成：新建企业1家，新建项目2个");
            }
        }

        List<ProjectSummary> imported = actors.as("unitlead", () -> projects.list(
                ProjectFilter.none().withText("归入演示"), 0, 10, List.of())).stream().filter(p -> p.name().endsWith(n)).toList();
        assertThat(imported).filteredOn(p -> p.name().equals("归入演示产业园" + n)).singleElement()
                .satisfies(p -> assertThat(actors.as("unitlead", () -> projects.get(p.id())).companyId()).isEqualTo(existing));
        assertThat(imported).filteredOn(p -> p.name().equals("归入演示搁置项目" + n)).singleElement()
                .satisfies(p -> assertThat(p.stage()).isEqualTo(Stage.ON_HOLD));
    }

    @Test
    void aUnitLeadImportsAProblemLedgerOnAWideScreenAndSeesItOnAPhone() throws Exception {
        String n = String.valueOf(System.nanoTime() % 100000);
        String project = "问题导入演示项目" + n;
        data.lead("unitlead", project);
        Path file = workbook(new String[] {"序号", "存在问题", "所属项目", "问题类别", "来源", "牵头单位", "配合单位", "完成时限", "督办领导",
            "办理状态"},
                new Object[][] {
                    {1, "供地指标未落实" + n, project, "土地", "外出招商", "区商务局", "区发改委", "2030.6.30", "赵志远", "办理中"},
                    {2, "已办结的问题" + n, project, "资金", "会议", "区商务局", "", "2030.6.30", "", "已销号"}});

        for (int width : new int[] {375, 1400}) {
            try (BrowserSession browser = new BrowserSession(port, width, width == 375 ? 812 : 1000)) {
                browser.login("unitlead", "demo");
                browser.open("/ledger-import");
                browser.waitForText("把各单位原有的Excel或CSV台账导入系统");
                browser.select("台账类型", "问题督办台账");
                upload(browser, file);
                browser.waitForText("导入为");
                browser.click("预览");
                browser.waitForText("提出问题 1");
                browser.waitForText("销号须由督办领导确认");
                browser.driver.executeScript("document.querySelector('.preview-grid').scrollIntoView({block: 'start'});");
                String suffix = width == 375 ? "-375" : "";
                browser.screenshot("ledger-import" + suffix + "-problems");
                if (width == 375) {
                    Long scroll = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth;");
                    assertThat(scroll).as("no sideways scrolling of the page").isLessThanOrEqualTo(380L);
                    continue;
                }
                skipErrorRowsAndConfirm(browser, "将提出问题1个");
                browser.waitForText("导入完成：提出问题1个");
                browser.screenshot("ledger-import-problems-done");
            }
        }
    }

    @Test
    void aTripLedgerPreviewsEachTripWithItsDatesCitiesAndCompaniesOnAWideScreenAndAPhone() throws Exception {
        String n = String.valueOf(System.nanoTime() % 100000);
        Path file = workbook(new String[] {"序号", "活动名称", "出发日期", "返回日期", "目的地城市", "带队领导", "组织单位", "走访企业"},
                new Object[][] {
                    {1, "赴西安成都招商考察" + n, "2023.4.21", "2023.4.23", "西安、成都", "副区长", "区商务局",
                        "唐久" + n + "便利集团、西部实业" + n + "控股集团"},
                    {2, "赴火星考察" + n, "2023.6.1", "2023.6.2", "火星", "", "区商务局", ""}});

        for (int width : new int[] {375, 1400}) {
            try (BrowserSession browser = new BrowserSession(port, width, width == 375 ? 812 : 1000)) {
                browser.login("unitlead", "demo");
                browser.open("/ledger-import");
                browser.waitForText("把各单位原有的Excel或CSV台账导入系统");
                browser.select("台账类型", "外出招商活动台账");
                upload(browser, file);
                browser.waitForText("导入为");
                browser.click("预览");
                browser.waitForText("新建活动 1");
                browser.waitForText("城市“火星”不在基础数据中");
                browser.select("显示", "全部");
                browser.waitForText("唐久" + n + "便利集团");
                browser.driver.executeScript("document.querySelector('.preview-grid').scrollIntoView({block: 'start'});");
                browser.screenshot("ledger-import" + (width == 375 ? "-375" : "") + "-trips");
                if (width == 375) {
                    Long scroll = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth;");
                    assertThat(scroll).as("no sideways scrolling of the page").isLessThanOrEqualTo(380L);
                }
            }
        }
    }

    /** The hidden file input of the upload field, as a user's file choice reaches it. */
    private static void upload(BrowserSession browser, Path file) {
        WebElement upload = browser.wait.until(d -> d.findElement(By.cssSelector("vaadin-upload")));
        WebElement input = browser.wait.until(d -> {
            List<WebElement> light = upload.findElements(By.cssSelector("input[type=file]"));
            if (!light.isEmpty()) {
                return light.getFirst();
            }
            SearchContext shadow = upload.getShadowRoot();
            List<WebElement> inShadow = shadow.findElements(By.cssSelector("input[type=file]"));
            return inShadow.isEmpty() ? null : inShadow.getFirst();
        });
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** A small signed-project ledger: merged title, a 亿元 amount, a date without year, an unknown area. */
    private static Path ledger(String n) throws Exception {
        return workbook(new String[] {"序号", "项目名称", "企业名称", "总投资（万元）", "签约时间", "落地片区", "责任单位"},
                new Object[][] {
                    {1, "导入演示医疗器械产业园" + n, "郑州导入演示" + n + "医疗科技有限公司", 3000, "2023.5.26", "二七经开区", "区商务局"},
                    {2, "导入演示区域总部" + n, "导入演示" + n + "投资有限公司", "1.5亿", "6月1日", "中央商务区", "区商务局"},
                    {3, "导入演示错误行" + n, "导入演示错误" + n + "有限公司", 500, "2023-07-01", "火星开发区", "区商务局"}});
    }

    /** A signed-project ledger with a merged title, the header in row 3 and these rows. */
    private static Path workbook(String[] header, Object[][] rows) throws Exception {
        Path file = Files.createTempFile("签约台账-", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("签约项目");
            sheet.createRow(0).createCell(0).setCellValue("二七区2023年签约项目台账");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, header.length - 1));
            Row head = sheet.createRow(2);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(3 + r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    /** Ticks 跳过有错误的行, confirms the import and, once the dialog asks {@code question}, answers 导入. */
    private static void skipErrorRowsAndConfirm(BrowserSession browser, String question) {
        browser.driver.executeScript("""
                const box = [...document.querySelectorAll('vaadin-checkbox')].find(c => c.textContent.includes('跳过有错误'));
                box.click();""");
        browser.wait.until(d -> (Boolean) browser.driver.executeScript(
                "return !document.querySelector('vaadin-button.confirm-button').hasAttribute('disabled');"));
        browser.click("确认导入");
        browser.waitForText(question);
        browser.driver.executeScript("""
                const ok = [...document.querySelectorAll('vaadin-confirm-dialog vaadin-button, vaadin-button')]
                  .findLast(b => b.textContent.trim() === '导入' && b.getClientRects().length > 0);
                ok.click();""");
    }
}
