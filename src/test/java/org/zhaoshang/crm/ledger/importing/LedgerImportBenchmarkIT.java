package org.zhaoshang.crm.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.ledger.LedgerType;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * How long a large ledger takes: reading a 10,000-row .xlsx (the most a file may have), and reading, checking
 * and importing a 2,000-row signed-project ledger (every row a new company and a signed project with its
 * agreement), timed through the service calls the screen makes. Reports, never fails on timing; checks that
 * every row was written. {@code ./mvnw -B -Pbenchmark verify -Dit.test=LedgerImportBenchmarkIT}; figures on
 * stdout and in {@code target/benchmark/ledger-import.txt}.
 */
@CrmIntegrationTest
@Tag("benchmark")
class LedgerImportBenchmarkIT {

    private static final int ROWS = 2_000;
    private static final String[] HEADER = {"序号", "项目名称", "企业名称", "总投资（亿元）", "签约时间", "落地片区", "责任单位", "产业类别"};
    private static final String[] AREAS = {"二七经开区", "马寨镇", "中央商务区", "大学路健康产业带", "八卦庙片区", "樱桃沟景区"};
    private static final String[] INDUSTRIES = {"医疗器械", "新材料", "数字经济", "总部经济", "商贸", "智能制造"};

    @Autowired
    LedgerImportService service;
    @Autowired
    Actors actors;

    @Test
    void aTwoThousandRowSignedLedgerIsReadCheckedAndImported() throws Exception {
        String run = String.valueOf(System.currentTimeMillis() % 1_000_000);
        byte[] big = ledger(ImportLimits.MAX_ROWS, run + "R");
        byte[] file = ledger(ROWS, run + "I");

        long start = System.nanoTime();
        LedgerFile tenThousand = actors.as("admin", () -> service.read(new ByteArrayInputStream(big), "big.xlsx", null,
                ImportProgress.NONE));
        Duration readBig = Duration.ofNanos(System.nanoTime() - start);
        assertThat(tenThousand.rows()).hasSize(ImportLimits.MAX_ROWS);

        start = System.nanoTime();
        LedgerFile read = actors.as("admin", () -> service.read(new ByteArrayInputStream(file), "签约台账.xlsx", null,
                ImportProgress.NONE));
        Duration reading = Duration.ofNanos(System.nanoTime() - start);
        ColumnMapping mapping = actors.as("admin", () -> service.suggestMapping(read));

        start = System.nanoTime();
        ImportPreview preview = actors.as("admin", () -> service.preview(read, LedgerType.SIGNED, mapping,
                ImportOptions.defaults(), ImportProgress.NONE));
        Duration checking = Duration.ofNanos(System.nanoTime() - start);
        assertThat(preview.errorRows()).isZero();

        start = System.nanoTime();
        ImportResult result = actors.as("admin", () -> service.importLedger(read, LedgerType.SIGNED, mapping,
                ImportOptions.defaults(), preview, ImportProgress.NONE));
        Duration writing = Duration.ofNanos(System.nanoTime() - start);
        assertThat(result.projectsCreated()).isEqualTo(ROWS);
        assertThat(result.companiesCreated()).isEqualTo(ROWS);

        String report = String.format("""
                Ledger import benchmark (%d-row signed ledger, every row a new company and a signed project with agreement)
                  read 10,000-row .xlsx      %6d ms (%.0f KB)
                  read %,d-row .xlsx        %6d ms (%.0f KB)
                  check (preview)            %6d ms  (%.1f ms/row)
                  import (one transaction)   %6d ms  (%.1f ms/row)
                """, ROWS, readBig.toMillis(), big.length / 1024.0, ROWS, reading.toMillis(), file.length / 1024.0,
                checking.toMillis(), checking.toMillis() / (double) ROWS, writing.toMillis(), writing.toMillis() / (double) ROWS);
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "ledger-import.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
    }

    private static byte[] ledger(int rows, String run) {
        Object[][] data = new Object[rows][];
        for (int i = 0; i < rows; i++) {
            data[i] = new Object[] {i + 1, "基准项目" + run + "-" + i, "基准" + run + "企业" + i + "有限公司", (i % 50 + 1) / 10.0,
                LocalDate.of(2023, 1 + i % 12, 1 + i % 28), AREAS[i % AREAS.length], "区商务局", INDUSTRIES[i % INDUSTRIES.length]};
        }
        return SampleLedgers.xlsx(new String[] {"二七区2023年签约项目台账（基准）"}, HEADER, data);
    }
}
