// Sales per day across the koperasi shown, as bars with axes and values (echarts/core with only
// the parts used, echartsParts.ts).
import { useEffect, useRef } from 'react';
import { num } from '../lib/format';
import { init, type BarOption } from './echartsParts';
import type { Output } from './centralClient';

export function SalesChart({ rows }: { rows: Output<'dash.salesByDay'> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    const byDay = new Map<string, number>();
    for (const r of rows) byDay.set(r.date, (byDay.get(r.date) ?? 0) + r.total);
    const days = [...byDay.keys()].sort();
    const chart = init(ref.current);
    const option: BarOption = {
      tooltip: { valueFormatter: (v) => num(Number(v), 0) },
      xAxis: { type: 'category', data: days },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => num(v, 0) } },
      series: [
        {
          type: 'bar',
          name: 'Penjualan (Rp)',
          data: days.map((d) => byDay.get(d)),
          label: { show: days.length <= 14, position: 'top', formatter: (p) => num(Number(p.value), 0) },
        },
      ],
    };
    chart.setOption(option);
    return () => chart.dispose();
  }, [rows]);
  // The name sits on a wrapper: echarts writes its own attributes on the element it draws in.
  return (
    <div role="img" aria-label="Grafik penjualan per hari">
      <div ref={ref} className="chart" />
    </div>
  );
}
