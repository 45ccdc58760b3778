// (c) Kartu stok exports through `kkmp export kartu-stok` (the back office's exporter): the whole
// ledger of the year (≥ 1,000,000 moves at full scale) to CSV and to XLSX, and one product's
// kartu stok (the product with the most moves). Each export runs in its own child process, so
// its time and peak RSS are its own; the time is measured inside that process, from the start of
// the command to the file being closed (process start-up is not counted). Beside the whole-ledger
// figures, their floor (bench/lib/exportFloor.ts: one plain iterate() loop writing the same rows)
// runs in the same way, alternating with the project's export; each child is killed at a bound.
// Both run as plain-node bundles (bench/lib/benchBundle.ts), as `npm run kkmp` runs the CLI.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { openOutlet, YEAR } from '../generate';
import { bundleScripts } from '../lib/benchBundle';
import type { BenchContext } from '../lib/context';
import { verdict, type Figure } from '../lib/figures';
import { mb, s } from '../lib/stats';

/** No export may hold the bench longer than this (a run that does is reported as failed). */
const CHILD_BOUND_MS = 10 * 60_000;

interface Run {
  seconds: number;
  maxRssBytes: number;
  bytes: number;
}

export async function exports(ctx: BenchContext): Promise<Figure[]> {
  const host = openOutlet(ctx.outlet.fullDb);
  const moves = (host.core.db.prepare('SELECT COUNT(*) AS n FROM stock_moves').get() as { n: number }).n;
  const busiest = host.core.db
    .prepare('SELECT p.sku, COUNT(*) AS n FROM stock_moves m JOIN products p ON p.id = m.product_id GROUP BY m.product_id ORDER BY n DESC LIMIT 1')
    .get() as { sku: string; n: number };
  host.close();
  const scripts = await bundleScripts(ctx.root, ctx.workDir, { runKkmp: 'bench/lib/runKkmp.ts', exportFloor: 'bench/lib/exportFloor.ts' });
  const run = (format: 'csv' | 'xlsx', scope: string[]): Run => {
    const out = join(ctx.workDir, `export-${scope.join('-')}.${format}`);
    const args = [
      'export',
      'kartu-stok',
      '--db',
      ctx.outlet.fullDb,
      ...scope,
      '--from',
      `${YEAR}-01-01`,
      '--to',
      `${YEAR}-12-31`,
      '--format',
      format,
      '--out',
      out,
    ];
    return child(format, [scripts.runKkmp!, ...args], out);
  };
  const floor = (format: 'csv' | 'xlsx'): Run => {
    const out = join(ctx.workDir, `floor.${format}`);
    return child(format, [scripts.exportFloor!, ctx.outlet.fullDb, format, `${YEAR - 1}-12-31T16:00:00.000Z`, `${YEAR}-12-31T16:00:00.000Z`, out], out);
  };
  const child = (format: string, args: string[], out: string): Run => {
    const c = spawnSync(process.execPath, args, {
      cwd: ctx.root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: CHILD_BOUND_MS,
      killSignal: 'SIGKILL',
    });
    const last = c.stdout.trim().split('\n').at(-1) ?? '';
    if (c.error || c.status !== 0) throw new Error(`export ${format} failed (${c.error?.message ?? c.status}): ${c.stderr.slice(-2000)} ${last}`);
    const r = JSON.parse(last) as { seconds: number; maxRssBytes: number };
    return { ...r, bytes: statSync(out).size };
  };
  const figures: Figure[] = [];
  const scaleNote = moves >= 1_000_000 ? '' : ` (quick scale: ${moves.toLocaleString('en-US')} moves; the target is for 1,000,000)`;
  const rounds = 2;
  for (const [format, limit] of [
    ['csv', 5],
    ['xlsx', 30],
  ] as const) {
    const project: Run[] = [];
    const floors: Run[] = [];
    const loads: number[] = [];
    for (let i = 0; i < rounds; i++) {
      project.push(run(format, ['--all']));
      floors.push(floor(format));
      loads.push(loadavg()[0]!);
    }
    // The best of the rounds: load from other jobs only ever adds time.
    const best = (runs: Run[]) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const r = best(project);
    const f = best(floors);
    const peak = Math.max(...project.map((x) => x.maxRssBytes));
    const perMillion = (r.seconds * 1_000_000) / moves;
    const floorPerMillion = (f.seconds * 1_000_000) / moves;
    figures.push({
      id: `c.ledger-${format}`,
      what: `full-ledger export to ${format.toUpperCase()}, per 1,000,000 moves`,
      value: `${s(perMillion)}, ${mb(peak)}`,
      floor: `${s(floorPerMillion)}, ${mb(Math.max(...floors.map((x) => x.maxRssBytes)))} (plain iterate() loop${format === 'xlsx' ? ' + sheet XML on fflate' : ''})`,
      ratio: r.seconds / f.seconds,
      target: `≤ ${limit} s, ≤ 300 MB`,
      verdict: verdict(perMillion <= limit && peak <= 300 * 1024 * 1024),
      runs: `${rounds} + ${rounds} child processes, alternating (best of each)`,
      detail: `${moves.toLocaleString('en-US')} moves in ${project.map((x) => s(x.seconds, 2)).join(' / ')} (floor ${floors.map((x) => s(x.seconds, 2)).join(' / ')}), peak RSS ${mb(peak)}, file ${mb(r.bytes)} (floor ${mb(f.bytes)})${scaleNote}`,
      load: loads.reduce((a, b) => a + b, 0) / loads.length,
      raw: { seconds: r.seconds, floorSeconds: f.seconds, moves, maxRssBytes: peak, floorMaxRssBytes: f.maxRssBytes, bytes: r.bytes },
    });
  }
  for (const format of ['csv', 'xlsx'] as const) {
    const r = run(format, ['--sku', busiest.sku]);
    figures.push({
      id: `c.kartu-stok-${format}`,
      what: `kartu stok of the busiest product to ${format.toUpperCase()}`,
      value: `${s(r.seconds, 2)}, ${mb(r.maxRssBytes)}`,
      floor: 'none (memory target only)',
      target: '≤ 300 MB',
      verdict: verdict(r.maxRssBytes <= 300 * 1024 * 1024),
      runs: '1 child process',
      detail: `${busiest.sku}: ${busiest.n.toLocaleString('en-US')} moves, file ${mb(r.bytes)}`,
      load: loadavg()[0],
      raw: { seconds: r.seconds, moves: busiest.n, maxRssBytes: r.maxRssBytes },
    });
  }
  return figures;
}
