package org.zhaoshang.crm.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;
import org.zhaoshang.crm.trip.TripDetails;
import org.zhaoshang.crm.trip.TripService;
import org.zhaoshang.crm.trip.TripSummary;
import org.zhaoshang.crm.trip.VisitRow;

/**
 * 外出招商活动台账 made the ways units keep them, imported against the real database: each row a trip with a visit to
 * each company it names; bad rows explained and left out; a second import and an exported ledger read back add
 * nothing; all or nothing when a row fails while being written.
 */
@CrmIntegrationTest
class LedgerImportTripsIT {

    private static final String[] HEADER = {"序号", "活动名称", "出发日期", "返回日期", "目的地城市", "带队领导", "组织单位", "陪同单位",
        "参加人员", "走访企业", "备注"};

    @Autowired
    LedgerImportService service;
    @Autowired
    TripService trips;
    @Autowired
    LedgerService ledgers;
    @Autowired
    Actors actors;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void noHook() {
        actors.run("admin", () -> service.beforeWritingRow(null));
    }

    @Test
    void eachRowBecomesATripWithItsVisitsBadRowsAreExplainedAndASecondImportAddsNothing() {
        String n = ProjectTestData.unique("");
        byte[] file = xlsx(new String[] {"二七区2023年外出招商活动台账", "填报单位：区商务局"}, HEADER,
                new Object[] {1, "赴长三角招商考察" + n, "2023.5.23", "2023年5月26日", "杭州、上海", "区委书记", "区商务局", "区发改委",
                    "张建国、王小明", "姆珉" + n + "网络科技有限公司、均和" + n + "集团有限公司", "见证签约"},
                null,
                new Object[] {2, "西安对接" + n, LocalDate.of(2023, 4, 21), "", "西安市", "", "区商务局", "", "", "", ""},
                new Object[] {3, "火星考察" + n, "2023-06-01", "2023-06-02", "火星", "", "区商务局", "", "", "", ""},
                new Object[] {4, "倒着走" + n, "2023-06-05", "2023-06-01", "成都", "", "区商务局", "", "", "", ""},
                new Object[] {"合计", "4次"});
        Map<String, Long> before = counts();

        ImportPreview preview = preview("unitlead", file);

        assertThat(preview.count(RowAction.CREATE_TRIP)).isEqualTo(2);
        assertThat(preview.count(RowAction.SKIP)).isEqualTo(1);
        assertThat(SampleLedgers.titledKeys(preview, "赴长三角招商考察" + n)).contains("unknownMembers");
        assertThat(SampleLedgers.titledKeys(preview, "火星考察" + n)).contains("unknownCity");
        assertThat(SampleLedgers.titledKeys(preview, "倒着走" + n)).contains("tripEndBeforeStart");
        assertThat(counts()).as("the preview writes nothing").isEqualTo(before);

        ImportResult result = importFile("unitlead", file, ImportOptions.defaults().withSkipErrorRows(true));

        assertThat(result.tripsCreated()).isEqualTo(2);
        assertThat(result.companiesCreated()).isEqualTo(2);
        TripDetails delta = trip("赴长三角招商考察" + n);
        assertThat(delta.startDate()).isEqualTo(LocalDate.of(2023, 5, 23));
        assertThat(delta.endDate()).isEqualTo(LocalDate.of(2023, 5, 26));
        assertThat(delta.cityNames()).containsExactly("杭州", "上海");
        assertThat(delta.leadingOfficial()).isEqualTo("区委书记");
        assertThat(delta.organizerUnitName()).isEqualTo("区商务局");
        assertThat(delta.unitNames()).containsExactly("区发改委");
        assertThat(delta.memberNames()).singleElement().asString().startsWith("张建国");
        assertThat(delta.purpose()).contains("见证签约", "外出招商.xlsx");
        List<VisitRow> visits = actors.as("unitlead", () -> trips.visits(delta.id()));
        assertThat(visits).hasSize(2);
        TripDetails xian = trip("西安对接" + n);
        assertThat(xian.endDate()).as("a one-day trip").isEqualTo(LocalDate.of(2023, 4, 21));
        assertThat(xian.cityNames()).containsExactly("西安");
        Map<String, Long> after = counts();
        assertThat(after.get("trip") - before.get("trip")).isEqualTo(2);
        assertThat(after.get("trip_visit") - before.get("trip_visit")).isEqualTo(2);
        assertThat(after.get("company") - before.get("company")).isEqualTo(2);

        ImportPreview again = preview("unitlead", file);
        assertThat(again.count(RowAction.UNCHANGED)).isEqualTo(2);
        assertThat(again.rowsToWrite()).isZero();
    }

    @Test
    void staffImportOnlyTripsTheirOwnUnitOrganized() {
        String n = ProjectTestData.unique("");
        byte[] file = xlsx(new String[] {}, HEADER,
                new Object[] {1, "本单位活动" + n, "2023-03-01", "", "北京", "", "区商务局", "", "", "", ""},
                new Object[] {2, "外单位活动" + n, "2023-03-02", "", "北京", "", "马寨镇", "", "", "", ""});

        ImportPreview preview = preview("staff", file);

        assertThat(SampleLedgers.rowTitled(preview, "本单位活动" + n).action()).isEqualTo(RowAction.CREATE_TRIP);
        assertThat(SampleLedgers.titledKeys(preview, "外单位活动" + n)).contains("otherUnitTrip");
    }

    @Test
    void whenTheThirdRowFailsWhileBeingWrittenNoTripVisitOrCompanyOfTheFileIsWritten() {
        String n = ProjectTestData.unique("");
        byte[] file = xlsx(new String[] {"外出招商活动台账"}, HEADER,
                new Object[] {1, "回滚甲" + n, "2023-03-01", "", "北京", "", "区商务局", "", "", "回滚甲" + n + "有限公司", ""},
                new Object[] {2, "回滚乙" + n, "2023-03-02", "", "天津", "", "区商务局", "", "", "回滚乙" + n + "有限公司", ""},
                new Object[] {3, "回滚丙" + n, "2023-03-03", "", "南京", "", "区商务局", "", "", "回滚丙" + n + "有限公司", ""});
        Map<String, Long> before = counts();
        actors.run("admin", () -> service.beforeWritingRow(row -> {
            if (row == 6) { // title, blank, header, then rows 4, 5, 6
                throw new IllegalStateException("simulated failure while writing");
            }
        }));

        assertThatThrownBy(() -> importFile("unitlead", file, ImportOptions.defaults()))
                .isInstanceOfSatisfying(LedgerImportService.ImportWriteException.class, e -> assertThat(e.rowNumber()).isEqualTo(6));

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anExportedTripLedgerReadBackAddsNothing() {
        String n = ProjectTestData.unique("");
        byte[] file = xlsx(new String[] {"外出招商活动台账"}, HEADER,
                new Object[] {1, "回读活动" + n, "2016-09-01", "2016-09-03", "苏州、宁波", "副区长", "区商务局", "区发改委", "", "", ""});
        importFile("unitlead", file, ImportOptions.defaults());
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        actors.run("unitlead", () -> {
            try {
                ledgers.writeXlsx(LedgerType.TRIPS, LedgerFilter.none().withPeriod(LocalDate.of(2016, 1, 1),
                        LocalDate.of(2016, 12, 31)), List.of(), Locale.SIMPLIFIED_CHINESE, exported, x -> { });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Map<String, Long> before = counts();

        ImportPreview back = preview("unitlead", exported.toByteArray());

        assertThat(back.fileProblems()).isEmpty();
        assertThat(back.errorRows()).as(back.rows().toString()).isZero();
        assertThat(SampleLedgers.rowTitled(back, "回读活动" + n).action()).isEqualTo(RowAction.UNCHANGED);
        assertThat(back.rowsToWrite()).isZero();
        assertThat(counts()).isEqualTo(before);
    }

    // ------------------------------------------------------------------ helpers

    private ImportPreview preview(String user, byte[] bytes) {
        return actors.as(user, () -> {
            LedgerFile read = service.read(new ByteArrayInputStream(bytes), "外出招商.xlsx", null, ImportProgress.NONE);
            return service.preview(read, LedgerType.TRIPS, service.suggestMapping(read, LedgerType.TRIPS), ImportOptions.defaults(),
                    ImportProgress.NONE);
        });
    }

    private ImportResult importFile(String user, byte[] bytes, ImportOptions options) {
        return actors.as(user, () -> {
            LedgerFile read = service.read(new ByteArrayInputStream(bytes), "外出招商.xlsx", null, ImportProgress.NONE);
            ColumnMapping mapping = service.suggestMapping(read, LedgerType.TRIPS);
            ImportPreview shown = service.preview(read, LedgerType.TRIPS, mapping, options, ImportProgress.NONE);
            return service.importLedger(read, LedgerType.TRIPS, mapping, options, shown, ImportProgress.NONE);
        });
    }

    private TripDetails trip(String title) {
        return actors.as("unitlead", () -> {
            TripSummary found = trips.list(null, null).stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
            return trips.get(found.id());
        });
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("trip", "trip_visit", "company", "ledger_import")) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }
}
