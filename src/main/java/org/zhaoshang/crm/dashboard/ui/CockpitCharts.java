package org.zhaoshang.crm.dashboard.ui;

import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.Money;
import org.zhaoshang.crm.dashboard.Cockpit;
import org.zhaoshang.crm.dashboard.Cockpit.Figure;
import org.zhaoshang.crm.dashboard.Target;
import org.zhaoshang.crm.dashboard.ui.chart.ChartOption;
import org.zhaoshang.crm.dashboard.ui.chart.ChartOption.Axis;
import org.zhaoshang.crm.dashboard.ui.chart.ChartOption.DataItem;
import org.zhaoshang.crm.dashboard.ui.chart.ChartOption.Series;
import org.zhaoshang.crm.dashboard.ui.chart.ChartOption.Title;
import org.zhaoshang.crm.dashboard.ui.chart.ChartOption.Tooltip;
import org.zhaoshang.crm.project.ProjectFilter;
import org.zhaoshang.crm.project.ProjectNavigation;

/**
 * The cockpit's chart options, each with the drill-down of every data point in the same order
 * ({@code links.get(series).get(dataIndex)}), so a click on a point opens exactly the list behind it.
 */
final class CockpitCharts {

    /** Government-report reds and a calm blue/grey for comparisons. */
    static final String[] PALETTE = {"#b22222", "#d9822b", "#2f6fb0", "#3a8f5c", "#7a5aa6", "#c9a227", "#5b6b7a", "#e0605a"};

    record Built(ChartOption option, List<List<String>> links) {
    }

    private final Component i18n;

    CockpitCharts(Component i18n) {
        this.i18n = i18n;
    }

    private String t(String key, Object... args) {
        return i18n.getTranslation(key, args);
    }

    /** Progress bars in % of target with the 时序进度 line; without targets the bars show the counts. */
    Built progress(Cockpit.Progress p) {
        Target target = p.target();
        List<String> names = List.of(t("dashboard.kpi.signedCount"), t("dashboard.kpi.signedAmount"),
                t("dashboard.kpi.landed"), t("dashboard.kpi.library"));
        List<Figure> figures = List.of(p.signed(), p.signed(), p.landed(), p.library());
        List<BigDecimal> actual = List.of(BigDecimal.valueOf(p.signed().count()), p.signed().amount(),
                BigDecimal.valueOf(p.landed().count()), BigDecimal.valueOf(p.library().count()));
        List<BigDecimal> goals = target == null ? java.util.Collections.nCopies(4, null) : java.util.Arrays.asList(
                target.signedCount() == null ? null : BigDecimal.valueOf(target.signedCount()), target.signedAmount(),
                target.landedCount() == null ? null : BigDecimal.valueOf(target.landedCount()),
                target.libraryCount() == null ? null : BigDecimal.valueOf(target.libraryCount()));
        List<DataItem> data = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            BigDecimal goal = goals.get(i);
            double percent = goal == null || goal.signum() == 0 ? 0
                    : actual.get(i).multiply(BigDecimal.valueOf(100)).divide(goal, 1, RoundingMode.HALF_UP).doubleValue();
            String label = i == 1 ? Money.format(actual.get(i)) : actual.get(i).toPlainString();
            data.add(new DataItem(names.get(i) + "：" + label + (goal == null ? "" : " / " + (i == 1 ? Money.format(goal)
                    : goal.toPlainString())), percent, null, null));
        }
        double elapsed = Math.round(p.elapsedShare() * 1000) / 10.0;
        Series bars = Series.of("bar", t("dashboard.chart.progress.series"), data)
                .withLabel(Map.of("show", true, "position", "insideLeft", "formatter", "{b}", "color", "#222"))
                .withBarMaxWidth(26)
                .withMarkLine(new ChartOption.MarkLine(List.of(Map.of("xAxis", elapsed, "name", t("dashboard.chart.progress.elapsed"))),
                        true, "none", Map.of("formatter", t("dashboard.chart.progress.elapsed") + " " + elapsed + "%",
                                "position", "end"), Map.of("color", "#b22222", "type", "dashed", "width", 2)));
        ChartOption option = ChartOption.builder()
                .title(Title.of(t("dashboard.chart.progress")))
                .tooltip(new Tooltip("item", "%", true))
                .grid(new ChartOption.Grid(8, 24, 40, 24, false))
                .xAxis(new Axis("value", null, null, Map.of("formatter", "{value}%"), null, Math.max(100, Math.ceil(maxOf(data) / 10) * 10)))
                .yAxis(new Axis("category", names, null, Map.of("show", false), true, null))
                .color("#e0605a")
                .series(bars)
                .build();
        return new Built(option, List.of(figures.stream().map(f -> url(f.drillDown())).toList()));
    }

    private static double maxOf(List<DataItem> data) {
        return data.stream().mapToDouble(d -> ((Number) d.value()).doubleValue()).max().orElse(100);
    }

    Built funnel(List<Cockpit.StageFigure> stages) {
        List<DataItem> data = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (Cockpit.StageFigure s : stages) {
            // a stage with no project still gets a sliver so that every stage stays visible and clickable
            data.add(new DataItem(t("stage." + s.stage().name()), s.figure().count(), null, null));
            links.add(url(s.figure().drillDown()));
        }
        Series funnel = Series.of("funnel", t("dashboard.chart.funnel"), data)
                .withBox(40, 16, "8%", "84%", "none")
                .withLabel(Map.of("show", true, "position", "inside", "formatter", "{b} {c}", "color", "#fff",
                        "textBorderColor", "#333", "textBorderWidth", 2));
        ChartOption option = ChartOption.builder()
                .title(Title.of(t("dashboard.chart.funnel")))
                .tooltip(new Tooltip("item", t("dashboard.unit.projects"), true))
                .color(PALETTE)
                .series(funnel)
                .build();
        return new Built(option, List.of(links));
    }

    /** The two wheels (inner ring) and their branches (outer ring) by pipeline 万元. */
    Built industries(List<Cockpit.IndustryFigure> industries) {
        List<DataItem> wheels = new ArrayList<>();
        List<String> wheelLinks = new ArrayList<>();
        List<DataItem> branches = new ArrayList<>();
        List<String> branchLinks = new ArrayList<>();
        for (Cockpit.IndustryFigure i : industries) {
            DataItem item = new DataItem(i.name(), i.figure().amount(), null, null);
            if (i.parentId() == null) {
                wheels.add(item);
                wheelLinks.add(url(i.figure().drillDown()));
            } else {
                branches.add(item);
                branchLinks.add(url(i.figure().drillDown()));
            }
        }
        Series inner = Series.of("pie", t("dashboard.chart.industry.wheels"), wheels).withRadius(List.of("0%", "38%"), List.of("50%", "55%"))
                .withLabel(Map.of("position", "inner", "fontSize", 11, "color", "#fff", "overflow", "truncate", "width", 70));
        Series outer = Series.of("pie", t("dashboard.chart.industry.branches"), branches).withRadius(List.of("48%", "68%"), List.of("50%", "55%"))
                .withLabel(Map.of("fontSize", 11, "overflow", "truncate", "width", 80));
        ChartOption option = ChartOption.builder()
                .title(Title.of(t("dashboard.chart.industry")))
                .tooltip(new Tooltip("item", t("dashboard.unit.wan"), true))
                .color(PALETTE)
                .series(inner, outer)
                .build();
        return new Built(option, List.of(wheelLinks, branchLinks));
    }

    /** 三个一批: signed, started, in operation this month, quarter and year. */
    Built batches(List<Cockpit.Batch> batches) {
        List<String> categories = batches.stream().map(b -> t("dashboard.batch." + b.kind().name())).toList();
        List<Series> series = new ArrayList<>();
        List<List<String>> links = new ArrayList<>();
        String[] names = {t("dashboard.batch.signed"), t("dashboard.batch.started"), t("dashboard.batch.operating")};
        for (int s = 0; s < 3; s++) {
            List<DataItem> data = new ArrayList<>();
            List<String> seriesLinks = new ArrayList<>();
            for (Cockpit.Batch b : batches) {
                Figure f = s == 0 ? b.signed() : s == 1 ? b.started() : b.operating();
                data.add(DataItem.of(names[s], f.count()));
                seriesLinks.add(url(f.drillDown()));
            }
            series.add(Series.of("bar", names[s], data).withLabel(Map.of("show", true, "position", "top")).withBarMaxWidth(28));
            links.add(seriesLinks);
        }
        ChartOption option = ChartOption.builder()
                .title(Title.of(t("dashboard.chart.batches")))
                .tooltip(ChartOption.Tooltip.axis())
                .legend(ChartOption.Legend.bottom())
                .grid(ChartOption.Grid.compact())
                .xAxis(Axis.category(categories))
                .yAxis(Axis.value(null))
                .color("#b22222", "#d9822b", "#3a8f5c")
                .series(series)
                .build();
        return new Built(option, links);
    }

    /** Pipeline projects by origin city, as points on the bundled map of China. */
    Built cities(List<Cockpit.CityFigure> cities) {
        List<DataItem> data = new ArrayList<>();
        List<String> links = new ArrayList<>();
        long max = 1;
        for (Cockpit.CityFigure c : cities) {
            if (c.longitude() == null || c.latitude() == null) {
                continue;
            }
            data.add(DataItem.of(c.name(), List.of(c.longitude(), c.latitude(), c.figure().count())));
            links.add(url(c.figure().drillDown()));
            max = Math.max(max, c.figure().count());
        }
        Series points = Series.of("effectScatter", t("dashboard.chart.cities.series"), data).onGeo(14)
                .withLabel(Map.of("show", true, "position", "right", "formatter", "{b}", "fontSize", 11))
                .withItemStyle(Map.of("color", "#b22222"));
        ChartOption option = ChartOption.builder()
                .title(Title.of(t("dashboard.chart.cities")))
                .tooltip(new Tooltip("item", t("dashboard.unit.projects"), true))
                .geo(new ChartOption.Geo("china", false, 1.15, List.of(105, 36),
                        Map.of("areaColor", "#f6efe6", "borderColor", "#c8b7a6"), Map.of("show", false)))
                .visualMap(new ChartOption.VisualMap(1, max, false, "left", "bottom", List.of(t("dashboard.chart.cities.more"),
                        t("dashboard.chart.cities.fewer")), Map.of("symbolSize", List.of(8, 26), "color", List.of("#f0a58f", "#b22222")),
                        0, "vertical"))
                .series(points)
                .build();
        return new Built(option, List.of(links));
    }

    /** Units ranked by signings (the first 15), signed 万元 beside them. */
    Built ranking(List<Cockpit.UnitRank> units) {
        List<Cockpit.UnitRank> top = units.stream().limit(15).toList().reversed();
        List<String> names = top.stream().map(Cockpit.UnitRank::unitName).toList();
        List<DataItem> signed = top.stream().map(u -> DataItem.of(u.unitName(), u.signed().count())).toList();
        List<DataItem> leads = top.stream().map(u -> DataItem.of(u.unitName(), u.leads().count())).toList();
        ChartOption option = ChartOption.builder()
                .title(Title.of(t("dashboard.chart.ranking")))
                .tooltip(ChartOption.Tooltip.axis())
                .legend(ChartOption.Legend.bottom())
                .grid(new ChartOption.Grid(8, 24, 40, 40, true))
                .xAxis(Axis.value(null))
                .yAxis(new Axis("category", names, null, Map.of("interval", 0, "width", 110, "overflow", "truncate"), null, null))
                .color("#b22222", "#c8b7a6")
                .series(Series.of("bar", t("dashboard.rank.signed"), signed).withBarMaxWidth(14),
                        Series.of("bar", t("dashboard.rank.leads"), leads).withBarMaxWidth(14))
                .build();
        return new Built(option, List.of(top.stream().map(u -> url(u.signed().drillDown())).toList(),
                top.stream().map(u -> url(u.leads().drillDown())).toList()));
    }

    /** Each trip of the period: its projects and how many reached 洽谈, 签约 and 落地. */
    Built trips(List<Cockpit.TripFigure> trips) {
        List<String> names = trips.stream().map(tr -> ChineseDates.format(tr.startDate()).replaceFirst("^\\d+年", "") + " "
                + tr.title()).toList();
        String[] labels = {t("dashboard.trip.projects"), t("dashboard.trip.negotiating"), t("dashboard.trip.signed"),
                t("dashboard.trip.landed")};
        List<Series> series = new ArrayList<>();
        List<List<String>> links = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            final int k = s;
            series.add(Series.of("bar", labels[s], trips.stream().map(tr -> DataItem.of(labels[k], pick(tr, k).count())).toList())
                    .withBarMaxWidth(16));
            links.add(trips.stream().map(tr -> url(pick(tr, k).drillDown())).toList());
        }
        ChartOption option = ChartOption.builder()
                .title(Title.of(t("dashboard.chart.trips")))
                .tooltip(ChartOption.Tooltip.axis())
                .legend(ChartOption.Legend.bottom())
                .grid(ChartOption.Grid.compact())
                .xAxis(new Axis("category", names, null, Map.of("interval", 0, "width", 90, "overflow", "truncate"), null, null))
                .yAxis(Axis.value(null))
                .color("#c8b7a6", "#d9822b", "#b22222", "#3a8f5c")
                .series(series)
                .build();
        return new Built(option, links);
    }

    private static Figure pick(Cockpit.TripFigure trip, int k) {
        return switch (k) {
            case 0 -> trip.projects();
            case 1 -> trip.negotiating();
            case 2 -> trip.signed();
            default -> trip.landed();
        };
    }

    /** Signings by month this year (bars) and last year (line). */
    Built trend(List<Cockpit.MonthFigure> months, int year) {
        List<String> names = months.stream().map(m -> m.month() + "月").toList();
        String thisYear = t("dashboard.trend.year", String.valueOf(year));
        String lastYear = t("dashboard.trend.year", String.valueOf(year - 1));
        ChartOption option = ChartOption.builder()
                .title(Title.of(t("dashboard.chart.trend")))
                .tooltip(ChartOption.Tooltip.axis())
                .legend(ChartOption.Legend.bottom())
                .grid(ChartOption.Grid.compact())
                .xAxis(Axis.category(names))
                .yAxis(Axis.value(null))
                .color("#b22222", "#5b6b7a")
                .series(Series.of("bar", thisYear, months.stream().map(m -> DataItem.of(m.month() + "月", m.thisYear().count())).toList())
                                .withBarMaxWidth(18),
                        Series.of("line", lastYear, months.stream().map(m -> DataItem.of(m.month() + "月", m.lastYear().count())).toList()))
                .build();
        return new Built(option, List.of(months.stream().map(m -> url(m.thisYear().drillDown())).toList(),
                months.stream().map(m -> url(m.lastYear().drillDown())).toList()));
    }

    static String url(ProjectFilter filter) {
        return ProjectNavigation.listUrl(filter);
    }
}
