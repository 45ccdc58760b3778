// Bars per koperasi, two or more series side by side (sold against allocation, members against
// target), through echarts/core with only the parts used (echartsParts.ts). The figures are always
// in the table beside the chart, so the chart has a name, not a reading of its own.
import { useEffect, useRef } from 'react';
import { num } from '../lib/format';
import { init, type BarOption } from './echartsParts';

export interface BarSeries {
  name: string;
  values: (number | null)[];
}

export function GroupedBars({ label, categories, series }: { label: string; categories: string[]; series: BarSeries[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const chart = init(box.current);
    const option: BarOption = {
      animation: false,
      legend: { top: 0 },
      grid: { left: 60, right: 16, top: 32, bottom: 40 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => (v == null ? '—' : num(Number(v), 0)) },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, overflow: 'truncate', width: 120 } },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => num(v, 0) } },
      series: series.map((s) => ({
        type: 'bar',
        name: s.name,
        data: s.values,
        label: { show: categories.length <= 8, position: 'top', formatter: (p) => num(Number(p.value), 0) },
      })),
    };
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [categories, series]);
  return (
    <div role="img" aria-label={label}>
      <div ref={box} className="chart" />
    </div>
  );
}
