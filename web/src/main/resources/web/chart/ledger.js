// The ledger's charts (/ledger), fed by data-ledger-chart attributes: grouped bars per department and
// the share rate as a line through the months. Bundled with chart.js into the "chart" bundle, which
// only the pages that show a chart load.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

// Distinguishable in greyscale and for the common colour-vision deficiencies (Okabe–Ito).
const PALETTE = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00'];

function bars(data) {
  const groups = data.names.length;
  return {
    height: Math.max(200, 80 + groups * (14 * data.series.length + 16)),
    option: {
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: data.names, axisLabel: { width: 110, overflow: 'truncate' } },
      series: data.series.map((s) => ({ name: s.name, type: 'bar', barMaxWidth: 14, data: s.values })),
    },
  };
}

function line(data) {
  return {
    height: 280,
    option: {
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.names },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      // A month without requests has no rate: the line leaves a gap rather than dropping to 0.
      series: data.series.map((s) => ({ name: s.name, type: 'line', data: s.values, connectNulls: false, symbolSize: 8 })),
    },
  };
}

function draw(element) {
  const data = JSON.parse(element.dataset.ledgerChart);
  if (!data.names.length) {
    return;
  }
  const { height, option } = data.type === 'line' ? line(data) : bars(data);
  element.style.height = `${height}px`;
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
    color: PALETTE,
    // richText tooltips are drawn on the canvas: HTML ones would need inline styles, which the CSP refuses.
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: data.percent ? (v) => (v == null ? '—' : `${v}%`) : undefined },
    ...option,
  });
  new ResizeObserver(() => chart.resize()).observe(element);
}

document.querySelectorAll('[data-ledger-chart]').forEach(draw);
