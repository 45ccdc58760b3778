// A bar chart through echarts, drawn as SVG so it prints sharp and its axis labels are text. Only
// the parts used are imported (echarts/core + bar + grid + tooltip + SVG renderer) so the bundle
// stays small. Animation is off: a chart printed right after a range change is complete.
import { useEffect, useRef } from 'react';
import { BarChart as Bars } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerParts, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';

registerParts([Bars, GridComponent, TooltipComponent, SVGRenderer]);

type Option = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

export interface ChartProps {
  title: string;
  xName: string;
  yName: string;
  bars: { label: string; value: number }[];
  /** How a value reads on the axis, the bar and the tooltip (rupiah in id-ID). */
  format: (value: number) => string;
}

export function BarChart({ title, xName, yName, bars, format }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const chart = init(el, null, { renderer: 'svg' });
    const option: Option = {
      animation: false,
      grid: { left: 90, right: 20, top: 30, bottom: 50 },
      tooltip: { trigger: 'axis', valueFormatter: (v) => format(Number(v)) },
      xAxis: { type: 'category', name: xName, nameLocation: 'middle', nameGap: 30, data: bars.map((b) => b.label) },
      yAxis: { type: 'value', name: yName, axisLabel: { formatter: (v: number) => format(v) } },
      series: [
        {
          type: 'bar',
          name: title,
          data: bars.map((b) => b.value),
          itemStyle: { color: '#c8102e' },
          label: { show: bars.length <= 12, position: 'top', fontSize: 10, formatter: (p) => format(Number(p.value)) },
        },
      ],
    };
    chart.setOption(option);
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    window.addEventListener('beforeprint', resize);
    return () => {
      window.removeEventListener('resize', resize);
      window.removeEventListener('beforeprint', resize);
      chart.dispose();
    };
  }, [title, xName, yName, bars, format]);
  return (
    <figure className="chart" role="group" aria-label={title}>
      <div ref={box} className="chart-box" />
      <figcaption>{title}</figcaption>
    </figure>
  );
}
