package org.zhaoshang.crm.dashboard.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.dashboard.ui.chart.ChartOption.Axis;
import org.zhaoshang.crm.dashboard.ui.chart.ChartOption.DataItem;
import org.zhaoshang.crm.dashboard.ui.chart.ChartOption.Series;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChartOptionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anOptionBuiltInJavaBecomesEChartsJsonWithoutEmptyParts() {
        Chart chart = new Chart(ChartOption.builder()
                .title(ChartOption.Title.of("项目推进漏斗"))
                .xAxis(Axis.category(List.of("线索", "签约")))
                .yAxis(Axis.value(null))
                .series(Series.of("bar", "签约", List.of(DataItem.of("线索", 3), DataItem.of("签约", 1))).withBarMaxWidth(20))
                .build());

        JsonNode json = JSON.readTree(chart.optionJson());
        assertThat(chart.optionJson()).doesNotContain("null");
        assertThat(json.get("title").get("text").asString()).isEqualTo("项目推进漏斗");
        assertThat(json.get("xAxis").get(0).get("data").get(1).asString()).isEqualTo("签约");
        JsonNode series = json.get("series").get(0);
        assertThat(series.get("type").asString()).isEqualTo("bar");
        assertThat(series.get("barMaxWidth").asInt()).isEqualTo(20);
        assertThat(series.get("data").get(0).get("value").asInt()).isEqualTo(3);
        assertThat(series.get("data").get(0).get("name").asString()).isEqualTo("线索");
    }

    @Test
    void aMapPointCarriesLongitudeLatitudeAndCountAndSitsOnTheGeoLayer() {
        Series points = Series.of("effectScatter", "新增线索", List.of(DataItem.of("杭州", List.of(120.15, 30.28, 4)))).onGeo(14);

        JsonNode json = JSON.readTree(new Chart(ChartOption.builder().series(points).build()).optionJson());
        JsonNode series = json.get("series").get(0);
        assertThat(series.get("coordinateSystem").asString()).isEqualTo("geo");
        assertThat(series.get("data").get(0).get("value").get(2).asInt()).isEqualTo(4);
    }
}
