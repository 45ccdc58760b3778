// (h) What the books add to a sale commit (docs/performance.md target: ≤ 15 %). Sales are committed through the
// router as in (a), journal included; then, for the same sales, the posting alone (postSale's
// reads and journal rows) is timed inside a transaction that is rolled back, so it pays no fsync
// of its own. The figure is p50(posting) / p50(commit − posting): the share the journal adds. The
// journal rows also ride the commit's own fsync, which this does not separate (a few more WAL pages).
import { loadavg } from 'node:os';
import { inTransaction } from '../../electron/services/core';
import { postSale } from '../../electron/services/books/postings';
import { openSaleCounter } from '../lib/saleCounter';
import type { BenchContext } from '../lib/context';
import { verdict, type Figure } from '../lib/figures';
import { ms, summarize } from '../lib/stats';

class Rollback extends Error {}

export async function journalShare(ctx: BenchContext): Promise<Figure[]> {
  const n = ctx.mode === 'full' ? 1000 : 300;
  const { host, commitCart } = await openSaleCounter(ctx, 'journal.sqlite', 'BENCH-J');
  try {
    const commits: number[] = [];
    const postings: number[] = [];
    for (let k = 0; k < n; k++) {
      const t0 = performance.now();
      const id = await commitCart(k);
      commits.push(performance.now() - t0);
      const t1 = performance.now();
      try {
        inTransaction(host.core, () => {
          postSale(host.core, id);
          throw new Rollback();
        });
      } catch (e) {
        if (!(e instanceof Rollback)) throw e;
      }
      postings.push(performance.now() - t1);
    }
    const c = summarize(commits);
    const p = summarize(postings);
    const share = p.p50 / (c.p50 - p.p50);
    return [
      {
        id: 'h.journal-share',
        what: 'journal posting added to a sale commit (4 lines, FULL sync), p50',
        value: `${(share * 100).toFixed(1)} %`,
        // The floor of this figure is the commit itself: the share is measured against it.
        floor: `commit ${ms(c.p50 - p.p50)}`,
        target: '≤ 15 %',
        verdict: verdict(share <= 0.15),
        runs: `${n} commits, each followed by its posting alone (rolled back)`,
        detail: `commit p50 ${ms(c.p50)} p99 ${ms(c.p99)}; posting p50 ${ms(p.p50)} p99 ${ms(p.p99)}`,
        load: loadavg()[0]!,
        raw: { commitP50: c.p50, postingP50: p.p50, share },
      },
    ];
  } finally {
    host.close();
  }
}
