// (d) SHU for the year's members: read each member's purchase basis from the year's sales (net
// of returns, categories that count for SHU) and the member/non-member sales split, then run the
// SHU engine (shared/shu.ts). Both parts are timed; the figure is their sum, median of runs.
import { loadavg } from 'node:os';
import { computeShu, type Allocation, type ShuMemberInput } from '../../shared/shu';
import { openOutlet, YEAR } from '../generate';
import type { BenchContext } from '../lib/context';
import { verdict, type Figure } from '../lib/figures';
import { ms, summarize } from '../lib/stats';

// A typical AD/ART split (domain/shu.md); the figure does not depend on the percentages.
const ALLOCATION: Allocation = { cadangan: '25', jasaUsaha: '30', jasaModal: '20', danaPengurus: '5', danaKaryawan: '5', danaPendidikan: '5', danaSosial: '5', danaPembangunan: '5' };

export async function shu(ctx: BenchContext): Promise<Figure[]> {
  const host = openOutlet(ctx.outlet.fullDb);
  const runs = 5;
  const reads: number[] = [];
  const engines: number[] = [];
  let memberCount = 0;
  try {
    const db = host.core.db;
    const purchases = db.prepare(
      `SELECT m.member_no AS memberNo, m.name AS name,
              COALESCE((SELECT SUM(l.line_total) FROM sales s JOIN sale_lines l ON l.sale_id = s.id
                        JOIN products p ON p.id = l.product_id LEFT JOIN categories c ON c.id = p.category_id
                        WHERE s.member_id = m.id AND s.status = 'completed' AND s.business_date BETWEEN ? AND ?
                          AND COALESCE(c.counts_for_shu, 1) = 1), 0)
            - COALESCE((SELECT SUM(r.refund) FROM sale_returns r JOIN sales s ON s.id = r.sale_id
                        WHERE s.member_id = m.id AND s.business_date BETWEEN ? AND ?), 0) AS purchaseBasis
       FROM members m ORDER BY m.member_no`,
    );
    const split = db.prepare(
      `SELECT COALESCE(SUM(CASE WHEN member_id IS NULL THEN total END), 0) AS nonMember, COALESCE(SUM(CASE WHEN member_id IS NOT NULL THEN total END), 0) AS member
       FROM sales WHERE status = 'completed' AND business_date BETWEEN ? AND ?`,
    );
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const from = `${YEAR}-01-01`;
      const to = `${YEAR}-12-31`;
      const rows = purchases.all(from, to, from, to) as { memberNo: string; name: string; purchaseBasis: number }[];
      const sales = split.get(from, to) as { nonMember: number; member: number };
      const t1 = performance.now();
      // Simpanan are not generated yet: a deterministic savings basis per member stands in.
      const members: ShuMemberInput[] = rows.map((r, k) => ({ ...r, savingsBasis: 12 * (100_000 + (k % 50) * 10_000) }));
      const result = computeShu({
        year: YEAR, surplus: 250_000_000, allocation: ALLOCATION, villageSharePct: '20', members, nonMemberSales: sales.nonMember, memberSales: sales.member,
        nonMemberToCadangan: true, payoutRoundTo: 100, withholdingPct: '10', savingsBasisDivisor: 12,
      });
      const t2 = performance.now();
      memberCount = result.members.length;
      reads.push(t1 - t0);
      engines.push(t2 - t1);
    }
  } finally {
    host.close();
  }
  const read = summarize(reads);
  const engine = summarize(engines);
  const total = summarize(reads.map((r, i) => r + engines[i]!));
  return [
    {
      id: 'd.shu',
      what: `SHU for ${memberCount.toLocaleString('en-US')} members over the year`,
      value: ms(total.p50, 0),
      target: '≤ 1000 ms',
      verdict: verdict(total.p50 <= 1000),
      runs: `${runs} runs (median)`,
      detail: `reading purchases from the year's sales p50 ${ms(read.p50, 0)}, SHU engine (shared/shu.ts) p50 ${ms(engine.p50, 0)}; savings basis synthetic (no simpanan generated)`,
      load: loadavg()[0],
      raw: { totalP50: total.p50, readP50: read.p50, engineP50: engine.p50, members: memberCount },
    },
  ];
}
