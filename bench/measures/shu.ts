// (d) SHU for the year's members through the members feature: previewShu (gather the settings,
// each member's purchase basis from the year's sales and simpanan basis, the member/non-member
// split; run the SHU engine of shared/shu.ts; build the view), nothing saved. Median of 5; the
// detail splits gathering from the engine.
import { loadavg } from 'node:os';
import { computeShu } from '../../shared/shu';
import { gatherShuData } from '../../electron/services/members/shuData';
import { previewShu } from '../../electron/services/members/shuRuns';
import { openOutlet, YEAR } from '../generate';
import type { BenchContext } from '../lib/context';
import { verdict, type Figure } from '../lib/figures';
import { ms, summarize } from '../lib/stats';

const SURPLUS = 250_000_000;

export async function shu(ctx: BenchContext): Promise<Figure[]> {
  const host = openOutlet(ctx.outlet.fullDb);
  const runs = 5;
  const totals: number[] = [];
  const gathers: number[] = [];
  const engines: number[] = [];
  let members = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      members = previewShu(host.core, YEAR, SURPLUS).members.length;
      const t1 = performance.now();
      const data = gatherShuData(host.core, YEAR, SURPLUS);
      const t2 = performance.now();
      computeShu(data.input);
      const t3 = performance.now();
      totals.push(t1 - t0);
      gathers.push(t2 - t1);
      engines.push(t3 - t2);
    }
  } finally {
    host.close();
  }
  const total = summarize(totals);
  const gather = summarize(gathers);
  const engine = summarize(engines);
  return [
    {
      id: 'd.shu',
      what: `SHU for ${members.toLocaleString('en-US')} members over the year (previewShu)`,
      value: ms(total.p50, 0),
      floor: 'none (absolute target)',
      target: '≤ 500 ms',
      verdict: verdict(total.p50 <= 500),
      runs: `${runs} runs (median)`,
      detail: `gathering (settings, purchases from ${ctx.outlet.stats.sales.toLocaleString('en-US')} sales, simpanan, split) p50 ${ms(gather.p50, 0)}, SHU engine p50 ${ms(engine.p50, 0)}; no simpanan generated (savings basis 0)`,
      load: loadavg()[0],
      raw: { totalP50: total.p50, gatherP50: gather.p50, engineP50: engine.p50, members },
    },
  ];
}
