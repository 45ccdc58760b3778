// (a) A sale commit through the router and the services, with synchronous=FULL, against its
// floor: a raw-SQL transaction writing exactly the rows a commit writes (bench/lib/sameRowsFloor),
// into a copy of the same database without triggers. A bare one-row INSERT in its own transaction
// stays as a reference line (what any durable write pays on this file system). All three are
// measured in alternating rounds, so a burst of load from other jobs hits them alike. The figure
// is the ratio of the medians to the floor; the commit's p99 is held to 3× its own p50.
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
import { captureWrites, sameRowsReplayer } from '../lib/sameRowsFloor';

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
    // The rows of one commit, recorded before anything is timed; the copy for the floor is taken
    // after it, so every row the replay refers to (shift, products, balances) is there.
    const capture = captureWrites(host.core.db);
    await commitOnce();
    const sample = capture.take();
    capture.stop();
    const floorFile = join(ctx.workDir, 'commit-floor.sqlite');
    host.core.db.exec(`VACUUM INTO '${floorFile.replace(/'/g, "''")}'`);
    const floor = sameRowsReplayer(floorFile, sample);
    for (let i = 0; i < 30; i++) floor.once();

    const commits: number[] = [];
    const floors: number[] = [];
    const bares: number[] = [];
    const loads: number[] = [];
    try {
      for (let r = 0; r < rounds; r++) {
        for (let i = 0; i < perRound; i++) commits.push(await commitOnce());
        for (let i = 0; i < perRound; i++) floors.push(floor.once());
        for (let i = 0; i < perRound; i++) bares.push(bareOnce());
        loads.push(loadavg()[0]!);
      }
    } finally {
      floor.close();
    }
    const c = summarize(commits);
    const f = summarize(floors);
    const b = summarize(bares);
    const ratio = c.p50 / f.p50;
    const tail = c.p99 / c.p50;
    const load = loads.reduce((s, v) => s + v, 0) / loads.length;
    const tables = [...new Set(sample.map((row) => row.table))].length;
    return [
      {
        id: 'a.commit-ratio',
        what: 'sale commit (router+services, FULL sync) / raw txn writing the same rows, p50',
        value: `${ratio.toFixed(2)}×`,
        floor: `raw same-rows txn (${sample.length} rows in ${tables} tables) p50 ${ms(f.p50)}; bare 1-row insert p50 ${ms(b.p50)} (reference)`,
        ratio,
        target: '≤ 1.3×',
        verdict: verdict(ratio <= 1.3),
        runs: `${c.n} commits + ${f.n} floor + ${b.n} bare, ${rounds} alternating rounds`,
        detail: `commit (4 lines) p50 ${ms(c.p50)} p99 ${ms(c.p99)}; same rows p50 ${ms(f.p50)} p99 ${ms(f.p99)}; bare insert p50 ${ms(b.p50)}; commit / bare ${(c.p50 / b.p50).toFixed(2)}×`,
        load,
        raw: { commitP50: c.p50, commitP99: c.p99, floorP50: f.p50, floorP99: f.p99, bareP50: b.p50, bareP99: b.p99, ratioP50: ratio, rows: sample.length },
      },
      {
        id: 'a.commit-tail',
        what: 'sale commit p99 / its own p50',
        value: `${tail.toFixed(2)}×`,
        floor: `same-rows txn p99 / p50 ${(f.p99 / f.p50).toFixed(2)}×`,
        ratio: tail,
        target: '≤ 3×',
        verdict: verdict(tail <= 3),
        runs: `${c.n} commits`,
        detail: `commit p50 ${ms(c.p50)} p99 ${ms(c.p99)}`,
        load,
      },
    ];
  } finally {
    host.close();
    bare.close();
  }
}
