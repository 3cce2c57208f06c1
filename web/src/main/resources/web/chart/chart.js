// ECharts for the pages that have a chart (only the red/black list so far), fed by data-chart attributes.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

const COLORS = { red: '#c0392b', black: '#2c3e50' };

function draw(element) {
  const data = JSON.parse(element.dataset.chart);
  if (!data.names.length) {
    return;
  }
  // As tall as its bars need: a list of 2 and one of 20 both stay readable.
  element.style.height = `${Math.max(160, 48 + 36 * data.names.length)}px`;
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    // richText tooltips are drawn on the canvas: HTML ones would need inline styles, which the CSP refuses.
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: data.names, axisLabel: { width: 110, overflow: 'truncate' } },
    series: [{ name: data.series, type: 'bar', barMaxWidth: 24, data: data.values, itemStyle: { color: COLORS[data.kind] } }],
  });
  new ResizeObserver(() => chart.resize()).observe(element);
}

document.querySelectorAll('[data-chart]').forEach(draw);
