package org.zhaoshang.crm.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhaoshang.crm.demo.SyntheticData;
import org.zhaoshang.crm.ledger.LedgerColumn;
import org.zhaoshang.crm.ledger.LedgerDefinition;
import org.zhaoshang.crm.ledger.LedgerFilter;
import org.zhaoshang.crm.ledger.LedgerRow;
import org.zhaoshang.crm.ledger.LedgerService;
import org.zhaoshang.crm.ledger.LedgerTexts;
import org.zhaoshang.crm.ledger.LedgerType;
import org.zhaoshang.crm.support.CrmIntegrationTest;
import org.zhaoshang.crm.support.TestDatabase;

/**
 * A 100,000-row 签约项目台账 exported to .xlsx through {@link LedgerService#writeXlsx}: the database query streamed into
 * the government layout, as the export button does it (in-process, no HTTP). Measured against the physical limit
 * here, a bare streaming POI write (SXSSF, same window, no styles, no database) of the same cells already in memory.
 * Run with {@code ./mvnw -B -Pbenchmark verify -Dit.test=LedgerExportBenchmarkIT}; figures on stdout and in
 * {@code target/benchmark/ledger-export.txt}.
 *
 * <p>Heap is reported two ways: the peak of every heap pool during the run (an upper bound: it counts garbage not yet
 * collected) and the most heap still in use right after any collection during the run (what the export really
 * holds). Timing is reported, never asserted.
 */
@CrmIntegrationTest
@Tag("benchmark")
class LedgerExportBenchmarkIT {

    private static final int ROWS = 100_000;
    private static final int RUNS = 9;
    /** Untimed runs of each first: with one, the JIT was still at work in the first timed runs. */
    private static final int WARM_UPS = 3;
    private static final String UNIT_CODE = "BENCH-LEDGER";
    private static final String UNIT_NAME = "台账基准测试单位";
    private static final Path REPORT = Path.of("target", "benchmark", "ledger-export.txt");
    private static final Path PDF_REPORT = Path.of("target", "benchmark", "ledger-pdf.txt");
    private static final int PDF_RUNS = 3;

    @Autowired
    SyntheticData syntheticData;
    @Autowired
    LedgerService ledgers;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> report = new ArrayList<>();

    /**
     * The benchmark's projects go again, so the other benchmarks, which share the database, measure the synthetic
     * pipeline they generated and not these 100,000 extra rows.
     */
    @AfterEach
    void removeTheBenchmarkUnitAndSignOut() {
        SecurityContextHolder.clearContext();
        jdbc.queryForList("select id from unit where code = ?", Long.class, UNIT_CODE).forEach(unit -> {
            jdbc.update("delete from project_agreement where project_id in (select id from project where responsible_unit_id = ?)", unit);
            jdbc.update("delete from project where responsible_unit_id = ?", unit);
            jdbc.update("delete from unit where id = ?", unit);
        });
    }

    @Test
    void aHundredThousandRowSignedLedgerIsExportedNearTheSpeedOfABareStreamingWrite() throws IOException {
        String data = prepare();
        LedgerFilter filter = LedgerFilter.none().withUnit(benchmarkUnitAsLeader()).withAllTime();
        assertThat(ledgers.totals(LedgerType.SIGNED, filter).count()).isEqualTo(ROWS);

        report.add("Ledger export benchmark, " + LocalDateTime.now().withNano(0));
        report.add("database: " + TestDatabase.get().kind() + "; " + Runtime.getRuntime().availableProcessors() + " cores; Java "
                + Runtime.version() + "; max heap " + mb(Runtime.getRuntime().maxMemory()));
        report.add("data: " + data);
        report.add("ledger: 签约项目台账 of one unit, " + ROWS + " rows x " + (columns().size() + 1) + " columns (序号 first)");
        report.add("runs: " + WARM_UPS + " warm-ups, then " + RUNS + " timed runs of each, alternating; output to a counting null stream;"
                + " load average " + String.format(Locale.ROOT, "%.1f", loadAverage()) + " at the start");
        report.add("");

        List<Object[]> cells = cellsInMemory(filter);
        for (int i = 0; i < WARM_UPS; i++) {
            exportOnce(filter, new CountingStream());
            bareWrite(cells, new CountingStream());
        }
        // Alternating runs, so that both see the same load from whatever else the machine is doing.
        long[] export = new long[RUNS];
        long[] bare = new long[RUNS];
        long[] read = new long[RUNS];
        long[] firstRow = new long[RUNS];
        long[] exportWriterCpu = new long[RUNS];
        long[] exportAllCpu = new long[RUNS];
        long[] exportDatabaseCpu = new long[RUNS];
        long[] bareCpu = new long[RUNS];
        Measure exportMemory = null;
        Measure bareMemory = null;
        long bytes = 0;
        for (int i = 0; i < RUNS; i++) {
            CountingStream out = new CountingStream();
            Measure measure = Measure.start();
            Cpu cpu = Cpu.now();
            long started = System.nanoTime();
            long rows = exportOnce(filter, out);
            export[i] = System.nanoTime() - started;
            Cpu used = Cpu.now().minus(cpu);
            exportWriterCpu[i] = used.thread;
            exportAllCpu[i] = used.process + used.database;
            exportDatabaseCpu[i] = used.database;
            exportMemory = larger(exportMemory, measure.stop());
            assertThat(rows).isEqualTo(ROWS);
            bytes = out.count.get();

            long readStarted = System.nanoTime();
            long[] first = {0};
            ledgers.stream(LedgerType.SIGNED, filter, ledgers.today(), row -> {
                if (first[0] == 0) {
                    first[0] = System.nanoTime() - readStarted;
                }
            });
            read[i] = System.nanoTime() - readStarted;
            firstRow[i] = first[0];

            measure = Measure.start();
            cpu = Cpu.now();
            started = System.nanoTime();
            bareWrite(cells, new CountingStream());
            bare[i] = System.nanoTime() - started;
            bareCpu[i] = Cpu.now().minus(cpu).thread;
            bareMemory = larger(bareMemory, measure.stop());
        }
        cells = null;
        long liveBefore = baseline();
        long live = liveSet(() -> exportOnce(filter, new CountingStream()));

        double exportMedian = median(export);
        double bareMedian = median(bare);
        report.add(String.format(Locale.ROOT, "%-58s %9s %9s %9s", "(seconds)", "min", "median", "max"));
        report.add(line("export through LedgerService.writeXlsx (query + layout)", export));
        report.add(line("bare SXSSF write of the same cells (no DB, no styles)", bare));
        report.add(line("reading the ledger alone (query, decoding, rows)", read));
        report.add(line("  of which until the first row arrived", firstRow));
        report.add("");
        report.add(String.format(Locale.ROOT, "ratio export / bare (medians): %.2f   (goal under 1.3)", exportMedian / bareMedian));
        report.add(String.format(Locale.ROOT, "CPU (medians): the export's writing thread %.2f s against the bare write's %.2f s"
                + " (ratio %.2f: the export's critical path); the whole export, reading thread and database server"
                + " included, %.2f s (of which the database server %.2f s)", median(exportWriterCpu) / 1e9,
                median(bareCpu) / 1e9, median(exportWriterCpu) / median(bareCpu), median(exportAllCpu) / 1e9,
                median(exportDatabaseCpu) / 1e9));
        report.add(String.format(Locale.ROOT, "export: %s written; %.0f rows/s", mb(bytes), ROWS / (exportMedian / 1e9)));
        report.add("heap, export:    peak of the heap pools " + mb(exportMemory.poolPeak) + ", most in use after a collection "
                + mb(exportMemory.afterGc) + " (" + exportMemory.collections + " collections in the run)");
        report.add("heap, bare write: peak of the heap pools " + mb(bareMemory.poolPeak) + ", most in use after a collection "
                + mb(bareMemory.afterGc) + " (includes the " + ROWS + " rows it writes, held in memory)");
        report.add("heap, export, live set: " + mb(live) + " at most with a full collection every 200 ms during an untimed"
                + " run, against " + mb(liveBefore) + " before it (the application and its caches)");
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report);
        System.out.println(String.join(System.lineSeparator(), report));
    }

    /**
     * The longest ledger a PDF may hold (crm.ledger.pdf-max-rows, 10,000: the signed projects of the benchmark unit up
     * to the day before the 10,001st) printed through {@link LedgerService#writePdf}: time, size, pages (read back
     * with PDFBox) and the heap it holds; and the whole 100,000-row ledger, which is refused before any work.
     */
    @Test
    void theLongestPrintableLedgerPrintsAsPdfAndAHundredThousandRowsAreRefused() throws IOException {
        String data = prepare();
        Long unit = benchmarkUnitAsLeader();
        LedgerFilter all = LedgerFilter.none().withUnit(unit).withAllTime();
        Path refusedFile = Files.createTempFile("ledger-refused", ".pdf");
        long refusedStarted = System.nanoTime();
        assertThatThrownBy(() -> printOnce(all, refusedFile)).isInstanceOf(org.zhaoshang.crm.base.BusinessException.class);
        long refused = System.nanoTime() - refusedStarted;
        assertThat(Files.size(refusedFile)).isZero();
        Files.delete(refusedFile);
        LocalDate cutOff = jdbc.queryForObject("""
                select actual_sign_date from project where responsible_unit_id = ?
                order by actual_sign_date, id limit 1 offset 10000""", LocalDate.class, unit);
        LedgerFilter filter = LedgerFilter.none().withUnit(unit).withPeriod(LocalDate.of(2000, 1, 1), cutOff.minusDays(1));
        long rows = ledgers.totals(LedgerType.SIGNED, filter).count();
        List<String> lines = new ArrayList<>();
        lines.add("Ledger PDF benchmark, " + LocalDateTime.now().withNano(0) + "; " + TestDatabase.get().kind() + "; "
                + Runtime.getRuntime().availableProcessors() + " cores; max heap " + mb(Runtime.getRuntime().maxMemory()));
        lines.add("data: " + data);
        lines.add("runs: 1 warm-up, then " + PDF_RUNS + " timed runs; load average "
                + String.format(Locale.ROOT, "%.1f", loadAverage()) + " at the start");
        Path file = Files.createTempFile("ledger-benchmark", ".pdf");
        try {
            printOnce(filter, file);
            long[] times = new long[PDF_RUNS];
            for (int i = 0; i < PDF_RUNS; i++) {
                long started = System.nanoTime();
                assertThat(printOnce(filter, file)).isEqualTo(rows);
                times[i] = System.nanoTime() - started;
            }
            long before = baseline();
            long live = liveSet(() -> printOnce(filter, file));
            int pages;
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
                pages = pdf.getNumberOfPages();
            }
            assertThat(pages).as("a few rows a page").isGreaterThan((int) (rows / 60));
            lines.add("ledger: 签约项目台账 of one unit, " + rows + " rows (signed before " + cutOff + ")");
            lines.add(String.format(Locale.ROOT, "%-58s %9s %9s %9s", "(seconds)", "min", "median", "max"));
            lines.add(line("PDF through LedgerService.writePdf (query + layout)", times));
            lines.add(String.format(Locale.ROOT, "PDF: %s, %d pages; %.0f rows/s", mb(Files.size(file)), pages,
                    rows / (median(times) / 1e9)));
            lines.add("heap, PDF, live set: " + mb(live) + " at most with a full collection every 200 ms, against "
                    + mb(before) + " before it");
            lines.add(String.format(Locale.ROOT, "the whole ledger (%d rows) as PDF: refused after %.0f ms (count only)", ROWS,
                    refused / 1e6));
        } finally {
            Files.deleteIfExists(file);
        }
        Files.createDirectories(PDF_REPORT.getParent());
        Files.write(PDF_REPORT, lines);
        System.out.println(String.join(System.lineSeparator(), lines));
    }

    private long printOnce(LedgerFilter filter, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            return ledgers.writePdf(LedgerType.SIGNED, filter, List.of(), Locale.SIMPLIFIED_CHINESE, out, n -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Measure larger(Measure a, Measure b) {
        return a == null || b.afterGc > a.afterGc ? b : a;
    }

    /** The most heap in use right after a full collection, collecting every 200 ms while {@code work} runs. */
    private static long liveSet(Runnable work) {
        AtomicLong most = new AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        Thread sampler = Thread.ofPlatform().daemon(true).start(() -> {
            while (!done.get()) {
                most.accumulateAndGet(baseline(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            work.run();
        } finally {
            done.set(true);
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return most.get();
    }

    private long exportOnce(LedgerFilter filter, OutputStream out) {
        try {
            return ledgers.writeXlsx(LedgerType.SIGNED, filter, List.of(), Locale.SIMPLIFIED_CHINESE, out, n -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells the export writes (序号, then every column as its Excel type), read once into memory. */
    private List<Object[]> cellsInMemory(LedgerFilter filter) {
        LedgerTexts texts = ledgers.texts(Locale.SIMPLIFIED_CHINESE);
        List<LedgerColumn> columns = columns();
        List<Object[]> rows = new ArrayList<>(ROWS);
        long number = 0;
        for (LedgerRow row : ledgers.page(LedgerType.SIGNED, filter, List.of(), 0, ROWS)) {
            Object[] cells = new Object[columns.size() + 1];
            cells[0] = ++number;
            for (int c = 0; c < columns.size(); c++) {
                cells[c + 1] = texts.cell(columns.get(c), row.value(c));
            }
            rows.add(cells);
        }
        assertThat(rows).hasSize(ROWS);
        return rows;
    }

    /** The physical limit: POI's streaming writer and nothing else. */
    private static void bareWrite(List<Object[]> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("bare");
            int r = 0;
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    Cell cell = row.createCell(c);
                    switch (values[c]) {
                        case null -> { }
                        case BigDecimal amount -> cell.setCellValue(amount.doubleValue());
                        case Number n -> cell.setCellValue(n.doubleValue());
                        case LocalDate date -> cell.setCellValue(date);
                        default -> cell.setCellValue(values[c].toString());
                    }
                }
            }
            workbook.write(out);
        }
    }

    private List<LedgerColumn> columns() {
        LedgerDefinition definition = ledgers.definition(LedgerType.SIGNED);
        return definition.columns();
    }

    /**
     * 100,000 signed projects of one unit of their own: the synthetic pipeline (shared with the other benchmarks,
     * seed 42) copied into the benchmark unit as signed projects with an agreement each, so the ledger has realistic
     * names, companies, amounts and dates.
     */
    private String prepare() {
        StringBuilder what = new StringBuilder();
        Long existing = jdbc.queryForObject("select count(*) from project", Long.class);
        if (existing == null || existing < ROWS) {
            long started = System.nanoTime();
            SyntheticData.Result result = syntheticData.generate(2 * ROWS, ROWS, 42);
            what.append(String.format(Locale.ROOT, "generated %d companies and %d projects (seed 42) in %.1f s; ",
                    result.companies(), result.projects(), (System.nanoTime() - started) / 1e9));
        }
        if (jdbc.queryForObject("select count(*) from unit where code = ?", Long.class, UNIT_CODE) == 0) {
            jdbc.update("insert into unit (code, name, type, sort_order, active, version, created_at, updated_at)"
                    + " values (?, ?, 'TASK_FORCE', 999, true, 0, utc_timestamp(6), utc_timestamp(6))", UNIT_CODE, UNIT_NAME);
        }
        Long unit = jdbc.queryForObject("select id from unit where code = ?", Long.class, UNIT_CODE);
        Long have = jdbc.queryForObject("select count(*) from project where responsible_unit_id = ?", Long.class, unit);
        if (have < ROWS) {
            long started = System.nanoTime();
            jdbc.update("""
                    insert into project (name, company_id, industry_id, investment_mode, total_investment, fixed_asset_investment,
                        expected_annual_revenue, expected_tax, jobs, land_need_mu, area_id, carrier, source, owner_id,
                        responsible_unit_id, leader_in_charge_id, key_district, key_provincial, in_library, stage,
                        stage_changed_at, last_activity_at, actual_sign_date, planned_start_date, description, search_key,
                        version, created_at, updated_at)
                    select s.name, s.company_id, s.industry_id, coalesce(s.investment_mode, 'NEW_BUILD'),
                        coalesce(s.total_investment, 1000 + mod(s.id * 37, 90000)), s.fixed_asset_investment,
                        s.expected_annual_revenue, s.expected_tax, s.jobs, s.land_need_mu, s.area_id, s.carrier, s.source,
                        s.owner_id, ?, s.leader_in_charge_id, s.key_district, s.key_provincial, s.in_library, 'SIGNED',
                        s.stage_changed_at, s.last_activity_at, coalesce(s.actual_sign_date, date(s.created_at)),
                        s.planned_start_date, s.description, s.search_key, 0, s.created_at, s.updated_at
                    from (select * from project where responsible_unit_id <> ? order by id limit ?) s
                    """, unit, unit, ROWS - have);
            jdbc.update("""
                    insert into project_agreement (project_id, type, title, signed_on, parties, amount, version, created_at, updated_at)
                    select p.id, 'INVESTMENT', '投资协议', p.actual_sign_date, '二七区', p.total_investment, 0, p.created_at,
                        p.created_at
                    from project p where p.responsible_unit_id = ?
                      and not exists (select 1 from project_agreement g where g.project_id = p.id)
                    """, unit);
            // As the application keeps them with every agreement (Project.agreementsChanged).
            jdbc.update("""
                    update project p join project_agreement g on g.project_id = p.id
                    set p.first_signed_on = g.signed_on, p.agreement_amount = g.amount, p.agreement_type = g.type
                    where p.responsible_unit_id = ?
                    """, unit);
            what.append(String.format(Locale.ROOT, "copied %d of them into %s as signed projects with an agreement in %.1f s",
                    ROWS - have, UNIT_NAME, (System.nanoTime() - started) / 1e9));
        } else {
            what.append("the ").append(ROWS).append(" signed projects of ").append(UNIT_NAME).append(" were already there");
        }
        return what.toString();
    }

    /** Signs in as the district leader (who reads every unit) and returns the benchmark unit's id. */
    private Long benchmarkUnitAsLeader() {
        signIn("leader");
        return jdbc.queryForObject("select id from unit where code = ?", Long.class, UNIT_CODE);
    }

    private void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    /** Heap pool peaks (reset at the start) and the most heap in use right after any collection while it ran. */
    private static final class Measure {
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final NotificationListener listener;
        private final AtomicLong maxAfterGc = new AtomicLong();
        private final AtomicLong count = new AtomicLong();
        long poolPeak;
        long afterGc;
        long collections;

        private Measure() {
            listener = (notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                            (CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> isHeap(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    maxAfterGc.accumulateAndGet(used, Math::max);
                    count.incrementAndGet();
                }
            };
        }

        static Measure start() {
            System.gc();
            Measure measure = new Measure();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(measure.listener, null, null);
                    measure.emitters.add(emitter);
                }
            }
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
            return measure;
        }

        Measure stop() {
            poolPeak = heapPools().stream().map(MemoryPoolMXBean::getPeakUsage).mapToLong(MemoryUsage::getUsed).sum();
            for (NotificationEmitter emitter : emitters) {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone
                }
            }
            afterGc = maxAfterGc.get();
            collections = count.get();
            return this;
        }

        private static boolean isHeap(String pool) {
            return heapPools().stream().anyMatch(p -> p.getName().equals(pool));
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long baseline() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * CPU time used so far: by the calling thread (which writes the sheet), by this JVM, and by the embedded database
     * server if it is a child process of this JVM (0 otherwise: an external database's work is not seen).
     */
    private record Cpu(long thread, long process, long database) {

        static Cpu now() {
            long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            return new Cpu(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(), process, databaseCpu());
        }

        Cpu minus(Cpu earlier) {
            return new Cpu(thread - earlier.thread, process - earlier.process, database - earlier.database);
        }

        /** utime + stime of the mariadbd child from /proc, in nanoseconds (Linux reports them in 1/100 s). */
        private static long databaseCpu() {
            return ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                    .mapToLong(p -> {
                        try {
                            String stat = Files.readString(Path.of("/proc", String.valueOf(p.pid()), "stat"));
                            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
                        } catch (IOException | RuntimeException e) {
                            return 0;
                        }
                    }).sum();
        }
    }

    private static final class CountingStream extends OutputStream {
        final AtomicLong count = new AtomicLong();

        @Override
        public void write(int b) {
            count.incrementAndGet();
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count.addAndGet(len);
        }
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static String line(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%-58s %9.2f %9.2f %9.2f", label, sorted[0] / 1e9, median(nanos) / 1e9,
                sorted[sorted.length - 1] / 1e9);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
    }
}
