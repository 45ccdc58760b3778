// (a) A sale commit through the router and the services, with synchronous=FULL, against its
// floor: a raw-SQL transaction writing exactly the rows a commit writes (bench/lib/sameRowsFloor),
// into a copy of the same database without triggers. A bare one-row INSERT in its own transaction
// stays as a reference line (what any durable write pays on this file system). All three are
// measured in alternating rounds, so a burst of load from other jobs hits them alike. The figure
// is the ratio of the medians to the floor; the commit's p99 is held to 3× its own p50.
import { join } from 'node:path';
import { openDatabase } from '../../electron/db/connection';
import { uuidv7 } from '../../shared/ids';
import { openSaleCounter } from '../lib/saleCounter';
import type { BenchContext } from '../lib/context';
import { verdict, type Figure } from '../lib/figures';
import { ms, summarize } from '../lib/stats';
import { loadavg } from 'node:os';
import { captureWrites, sameRowsReplayer } from '../lib/sameRowsFloor';

export async function commitRatio(ctx: BenchContext): Promise<Figure[]> {
  const rounds = ctx.mode === 'full' ? 20 : 6;
  const perRound = 100;
  const { host, commitCart } = await openSaleCounter(ctx, 'commit.sqlite', 'BENCH');
  const bare = openDatabase(join(ctx.workDir, 'bare.sqlite'), { create: true });
  try {
    bare.exec('CREATE TABLE IF NOT EXISTS bare (id TEXT PRIMARY KEY, at TEXT NOT NULL, payload TEXT NOT NULL)');
    const insertBare = bare.prepare('INSERT INTO bare (id, at, payload) VALUES (?, ?, ?)');

    let k = 0;
    const commitOnce = async (): Promise<number> => {
      const t0 = performance.now();
      await commitCart(k++);
      return performance.now() - t0;
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
