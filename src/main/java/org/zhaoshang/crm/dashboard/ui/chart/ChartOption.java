package org.zhaoshang.crm.dashboard.ui.chart;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The part of Apache ECharts' option object the cockpit uses, as typed records: built in Java and
 * serialized by Jackson (empty parts left out), never assembled as JSON text by hand. Field names are
 * ECharts' own, so the ECharts option reference documents them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChartOption(Title title, Tooltip tooltip, Legend legend, Grid grid, List<Axis> xAxis, List<Axis> yAxis,
        List<Series> series, List<String> color, Boolean animation, Geo geo, VisualMap visualMap) {

    public static Builder builder() {
        return new Builder();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Title(String text, String subtext, String left, String top, Map<String, Object> textStyle) {
        public static Title of(String text) {
            return new Title(text, null, "left", null, Map.of("fontSize", 14, "fontWeight", "bold"));
        }
    }

    /** {@code trigger} is "item" or "axis"; {@code valueSuffix} is shown after every value (e.g. 万元). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Tooltip(String trigger, String valueSuffix, Boolean confine) {
        public static Tooltip item() {
            return new Tooltip("item", null, true);
        }

        public static Tooltip axis() {
            return new Tooltip("axis", null, true);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Legend(List<String> data, String top, String left, String type) {
        public static Legend bottom() {
            return new Legend(null, "bottom", "center", "scroll");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Grid(Object left, Object right, Object top, Object bottom, Boolean containLabel) {
        public static Grid compact() {
            return new Grid(8, 16, 40, 40, true);
        }
    }

    /** {@code type} "category" (with {@code data}) or "value". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Axis(String type, List<String> data, String name, Map<String, Object> axisLabel, Boolean inverse,
            Object max) {
        public static Axis category(List<String> data) {
            return new Axis("category", data, null, Map.of("interval", 0, "hideOverlap", true), null, null);
        }

        public static Axis value(String name) {
            return new Axis("value", null, name, null, null, null);
        }
    }

    /**
     * One series: "bar", "line", "funnel", "pie", "sunburst", "scatter", "effectScatter" or "map".
     * {@code data} holds {@link DataItem}s; {@code markLine} draws reference lines such as 时序进度.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Series(String type, String name, List<DataItem> data, Integer yAxisIndex, Integer xAxisIndex, String stack,
            Map<String, Object> label, Object radius, List<Object> center, String sort, Object top, Object bottom,
            Object left, Object width, Object minSize, Object maxSize, Object gap, MarkLine markLine,
            String coordinateSystem, Object symbolSize, Map<String, Object> itemStyle, String map, Integer geoIndex,
            Object barMaxWidth, Boolean smooth) {

        public static Series of(String type, String name, List<DataItem> data) {
            return new Series(type, name, data, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null);
        }

        public Series withLabel(Map<String, Object> newLabel) {
            return new Series(type, name, data, yAxisIndex, xAxisIndex, stack, newLabel, radius, center, sort, top, bottom,
                    left, width, minSize, maxSize, gap, markLine, coordinateSystem, symbolSize, itemStyle, map, geoIndex,
                    barMaxWidth, smooth);
        }

        public Series withRadius(Object newRadius, List<Object> newCenter) {
            return new Series(type, name, data, yAxisIndex, xAxisIndex, stack, label, newRadius, newCenter, sort, top, bottom,
                    left, width, minSize, maxSize, gap, markLine, coordinateSystem, symbolSize, itemStyle, map, geoIndex,
                    barMaxWidth, smooth);
        }

        /** Places a funnel: its box inside the chart and its order ("none" keeps the stage order). */
        public Series withBox(Object newTop, Object newBottom, Object newLeft, Object newWidth, String newSort) {
            return new Series(type, name, data, yAxisIndex, xAxisIndex, stack, label, radius, center, newSort, newTop,
                    newBottom, newLeft, newWidth, 0, "100%", 2, markLine, coordinateSystem, symbolSize, itemStyle, map,
                    geoIndex, barMaxWidth, smooth);
        }

        public Series withMarkLine(MarkLine newMarkLine) {
            return new Series(type, name, data, yAxisIndex, xAxisIndex, stack, label, radius, center, sort, top, bottom,
                    left, width, minSize, maxSize, gap, newMarkLine, coordinateSystem, symbolSize, itemStyle, map, geoIndex,
                    barMaxWidth, smooth);
        }

        public Series onAxis(int newYAxisIndex) {
            return new Series(type, name, data, newYAxisIndex, xAxisIndex, stack, label, radius, center, sort, top, bottom,
                    left, width, minSize, maxSize, gap, markLine, coordinateSystem, symbolSize, itemStyle, map, geoIndex,
                    barMaxWidth, smooth);
        }

        public Series onGeo(Object newSymbolSize) {
            return new Series(type, name, data, yAxisIndex, xAxisIndex, stack, label, radius, center, sort, top, bottom,
                    left, width, minSize, maxSize, gap, markLine, "geo", newSymbolSize, itemStyle, map, geoIndex,
                    barMaxWidth, smooth);
        }

        public Series withBarMaxWidth(Object newBarMaxWidth) {
            return new Series(type, name, data, yAxisIndex, xAxisIndex, stack, label, radius, center, sort, top, bottom,
                    left, width, minSize, maxSize, gap, markLine, coordinateSystem, symbolSize, itemStyle, map, geoIndex,
                    newBarMaxWidth, smooth);
        }

        public Series withItemStyle(Map<String, Object> newItemStyle) {
            return new Series(type, name, data, yAxisIndex, xAxisIndex, stack, label, radius, center, sort, top, bottom,
                    left, width, minSize, maxSize, gap, markLine, coordinateSystem, symbolSize, newItemStyle, map, geoIndex,
                    barMaxWidth, smooth);
        }
    }

    /**
     * A data point: a name, a value (a number, or [longitude, latitude, number] on a map) and, for a
     * sunburst, children. ECharts hands the whole item back on a click.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DataItem(String name, Object value, List<DataItem> children, Map<String, Object> itemStyle) {
        public static DataItem of(String name, Object value) {
            return new DataItem(name, value, null, null);
        }
    }

    /** Reference lines, e.g. the 时序进度 line on a progress bar: {@code data} of {xAxis: …} or {yAxis: …}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MarkLine(List<Map<String, Object>> data, Boolean silent, String symbol, Map<String, Object> label,
            Map<String, Object> lineStyle) {
    }

    /** A registered map (the bundled China provinces) to place scatter points on. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Geo(String map, Boolean roam, Object zoom, List<Object> center, Map<String, Object> itemStyle,
            Map<String, Object> label) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VisualMap(Object min, Object max, Boolean calculable, String left, String bottom, List<String> text,
            Map<String, Object> inRange, Integer seriesIndex, String orient) {
    }

    /** Builds an option step by step; unset parts are left out of the JSON. */
    public static final class Builder {
        private Title title;
        private Tooltip tooltip;
        private Legend legend;
        private Grid grid;
        private List<Axis> xAxis;
        private List<Axis> yAxis;
        private List<Series> series = List.of();
        private List<String> color;
        private Geo geo;
        private VisualMap visualMap;

        public Builder title(Title value) { title = value; return this; }
        public Builder tooltip(Tooltip value) { tooltip = value; return this; }
        public Builder legend(Legend value) { legend = value; return this; }
        public Builder grid(Grid value) { grid = value; return this; }
        public Builder xAxis(Axis... value) { xAxis = List.of(value); return this; }
        public Builder yAxis(Axis... value) { yAxis = List.of(value); return this; }
        public Builder series(Series... value) { series = List.of(value); return this; }
        public Builder series(List<Series> value) { series = value; return this; }
        public Builder color(String... value) { color = List.of(value); return this; }
        public Builder geo(Geo value) { geo = value; return this; }
        public Builder visualMap(VisualMap value) { visualMap = value; return this; }

        public ChartOption build() {
            return new ChartOption(title, tooltip, legend, grid, xAxis, yAxis, series, color, null, geo, visualMap);
        }
    }
}
