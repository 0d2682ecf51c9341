// <crm-chart>: one Apache ECharts instance. The server sets `optionJson` (built from typed Java records);
// the chart follows its own size (ResizeObserver, so it also reflows when the drawer opens or the phone
// turns) and reports clicks on data points as a `chart-click` event for the server to turn into a link.
// ECharts is imported piece by piece so that only the charts the cockpit draws end up in the bundle.
import * as echarts from 'echarts/core';
import { BarChart, FunnelChart, LineChart, PieChart, ScatterChart, EffectScatterChart, SunburstChart } from 'echarts/charts';
import {
  GridComponent, TooltipComponent, LegendComponent, TitleComponent, MarkLineComponent, GeoComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { registerChinaMap } from './china-map';

echarts.use([
  BarChart, FunnelChart, LineChart, PieChart, ScatterChart, EffectScatterChart, SunburstChart,
  GridComponent, TooltipComponent, LegendComponent, TitleComponent, MarkLineComponent, GeoComponent,
  VisualMapComponent, CanvasRenderer,
]);
registerChinaMap(echarts);

type Option = Record<string, any>;

class CrmChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;
  private pendingJson?: string;

  static get observedAttributes() {
    return [];
  }

  set optionJson(json: string) {
    this.pendingJson = json;
    this.render();
  }

  get optionJson(): string {
    return this.pendingJson ?? '';
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this.chart = echarts.init(this, undefined, { renderer: 'canvas' });
    this.chart.on('click', (params: any) => {
      this.dispatchEvent(new CustomEvent('chart-click', {
        detail: {
          seriesIndex: params.seriesIndex ?? 0,
          seriesName: params.seriesName ?? '',
          dataIndex: params.dataIndex ?? -1,
          name: params.name ?? '',
        },
      }));
    });
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    this.render();
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  /** The chart as a PNG data URL (white background), for the printed brief. */
  toDataUrl(): string {
    return this.chart ? this.chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }) : '';
  }

  /** The pixel centre of a data point, for tests that click a bar or a funnel stage like a person would. */
  dataPointPosition(seriesIndex: number, dataIndex: number): number[] | null {
    const model: any = (this.chart as any)?.getModel?.();
    const series = model?.getSeriesByIndex?.(seriesIndex);
    const layout = series?.getData?.().getItemLayout?.(dataIndex);
    if (!layout) {
      return null;
    }
    if (Array.isArray(layout.points)) {
      const xs = layout.points.map((p: number[]) => p[0]);
      const ys = layout.points.map((p: number[]) => p[1]);
      return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
    }
    if (layout.width !== undefined) {
      return [layout.x + layout.width / 2, layout.y + layout.height / 2];
    }
    return null;
  }

  private render() {
    if (!this.chart || this.pendingJson === undefined) {
      return;
    }
    const option: Option = JSON.parse(this.pendingJson);
    applyValueSuffix(option);
    this.chart.setOption(option, true);
  }
}

/** Turns the Java side's `tooltip.valueSuffix` into a formatter (functions cannot travel as JSON). */
function applyValueSuffix(option: Option) {
  const tooltip = option.tooltip;
  if (tooltip && tooltip.valueSuffix) {
    const suffix = tooltip.valueSuffix;
    tooltip.valueFormatter = (value: any) => (Array.isArray(value) ? value[value.length - 1] : value) + ' ' + suffix;
    delete tooltip.valueSuffix;
  }
}

if (!customElements.get('crm-chart')) {
  customElements.define('crm-chart', CrmChart);
}
