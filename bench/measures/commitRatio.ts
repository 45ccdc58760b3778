// (a) A sale commit through the router and the services, with synchronous=FULL, against the
// floor any durable write pays on this file system: a bare one-row INSERT in its own
// transaction, same pragmas (openDatabase), same folder. The two are measured in alternating
// rounds, so a burst of load from other jobs hits both alike. The ratio of medians is the figure.
import { join } from 'node:path';
import { copyOutlet } from '../generate';
import { openDatabase } from '../../electron/db/connection';
import { openHost } from '../../electron/host/host';
import { inTransaction } from '../../electron/services/core';
import { postMove } from '../../electron/services/stock/stockLedger';
import { uuidv7 } from '../../shared/ids';
import { USERS } from '../generate';
import type { BenchContext } from '../lib/context';
import { verdict, type Figure } from '../lib/figures';
import { ms, summarize } from '../lib/stats';
import { loadavg } from 'node:os';

export async function commitRatio(ctx: BenchContext): Promise<Figure[]> {
  const rounds = ctx.mode === 'full' ? 20 : 6;
  const perRound = 100;
  const dbFile = join(ctx.workDir, 'commit.sqlite');
  copyOutlet(ctx.outlet.baseDb, dbFile);
  const host = openHost({ dbFile });
  const bare = openDatabase(join(ctx.workDir, 'bare.sqlite'), { create: true });
  try {
    // Stock for the products the carts use (3..402: ordinary goods, not the regulated first ones).
    const products = (host.core.db.prepare("SELECT id FROM products WHERE subsidy_program = 'NONE' ORDER BY sku LIMIT 400").all() as { id: string }[]).map(
      (r) => r.id,
    );
    inTransaction(host.core, () => {
      for (const productId of products)
        postMove(host.core, { productId, qtyMilli: 10_000_000, kind: 'receipt', docType: 'bench', docId: 'stock', unitCost: 1000, userId: null });
    });
    const login = await host.router.call('auth.login', { username: USERS.kasir.username, pin: USERS.kasir.pin }, null);
    if (!login.ok) throw new Error(`login: ${JSON.stringify(login.error)}`);
    const token = (login.result as { token: string }).token;
    const shift = await host.router.call('shifts.open', { openingFloat: 200_000, terminal: 'BENCH' }, token);
    if (!shift.ok) throw new Error(`shift: ${JSON.stringify(shift.error)}`);
    const shiftId = (shift.result as { shiftId: string }).shiftId;

    bare.exec('CREATE TABLE IF NOT EXISTS bare (id TEXT PRIMARY KEY, at TEXT NOT NULL, payload TEXT NOT NULL)');
    const insertBare = bare.prepare('INSERT INTO bare (id, at, payload) VALUES (?, ?, ?)');

    let k = 0;
    const commitOnce = async (): Promise<number> => {
      // Four lines: the year's average cart.
      const lines = [0, 1, 2, 3].map((j) => ({ productId: products[(k * 4 + j) % products.length]!, qtyMilli: 1000 }));
      k++;
      const t0 = performance.now();
      const r = await host.router.call('sales.commit', { id: uuidv7(), shiftId, lines, payments: [{ method: 'cash', amount: 5_000_000 }] }, token);
      const t = performance.now() - t0;
      if (!r.ok) throw new Error(`sales.commit: ${JSON.stringify(r.error)}`);
      return t;
    };
    const bareOnce = (): number => {
      const t0 = performance.now();
      bare.transaction(() => insertBare.run(uuidv7(), new Date().toISOString(), 'x'.repeat(200))).immediate();
      return performance.now() - t0;
    };

    for (let i = 0; i < 30; i++) {
      await commitOnce();
      bareOnce();
    }
    const commits: number[] = [];
    const bares: number[] = [];
    const loads: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (let i = 0; i < perRound; i++) commits.push(await commitOnce());
      for (let i = 0; i < perRound; i++) bares.push(bareOnce());
      loads.push(loadavg()[0]!);
    }
    const c = summarize(commits);
    const b = summarize(bares);
    const ratio = c.p50 / b.p50;
    const load = loads.reduce((s, v) => s + v, 0) / loads.length;
    return [
      {
        id: 'a.commit-ratio',
        what: 'sale commit (router+services, FULL sync) / bare 1-row insert txn, p50',
        value: `${ratio.toFixed(2)}×`,
        floor: `bare 1-row insert txn p50 ${ms(b.p50)} (reference line; raw same-rows floor still to build)`,
        ratio,
        target: '≤ 1.5×',
        verdict: verdict(ratio <= 1.5),
        runs: `${c.n} commits + ${b.n} bare, ${rounds} alternating rounds`,
        detail: `commit (4 lines) p50 ${ms(c.p50)} p99 ${ms(c.p99)}; bare insert p50 ${ms(b.p50)} p99 ${ms(b.p99)}; p99 ratio ${(c.p99 / b.p99).toFixed(2)}×`,
        load,
        raw: { commitP50: c.p50, commitP99: c.p99, bareP50: b.p50, bareP99: b.p99, ratioP50: ratio, ratioP99: c.p99 / b.p99 },
      },
    ];
  } finally {
    host.close();
    bare.close();
  }
}
