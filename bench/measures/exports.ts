// (c) Kartu stok exports through `kkmp export kartu-stok` (the back office's exporter): the whole
// ledger of the year (≥ 1,000,000 moves at full scale) to CSV and to XLSX, and one product's
// kartu stok (the product with the most moves). Each export runs in its own child process, so
// its time and peak RSS are its own; the time is measured inside that process, from the start of
// the command to the file being closed (process start-up is not counted).
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { openOutlet, YEAR } from '../generate';
import type { BenchContext } from '../lib/context';
import { verdict, type Figure } from '../lib/figures';
import { mb, s } from '../lib/stats';

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
  const run = (format: 'csv' | 'xlsx', scope: string[]): Run => {
    const out = join(ctx.workDir, `export-${scope.join('-')}.${format}`);
    const args = ['export', 'kartu-stok', '--db', ctx.outlet.fullDb, ...scope, '--from', `${YEAR}-01-01`, '--to', `${YEAR}-12-31`, '--format', format, '--out', out];
    const child = spawnSync(join(ctx.root, 'node_modules', '.bin', 'tsx'), [join(ctx.root, 'bench', 'lib', 'runKkmp.ts'), ...args], { cwd: ctx.root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const last = child.stdout.trim().split('\n').at(-1) ?? '';
    if (child.status !== 0) throw new Error(`export ${format} failed (${child.status}): ${child.stderr.slice(-2000)} ${last}`);
    const r = JSON.parse(last) as { seconds: number; maxRssBytes: number };
    return { ...r, bytes: statSync(out).size };
  };
  const figures: Figure[] = [];
  const scaleNote = moves >= 1_000_000 ? '' : ` (quick scale: ${moves.toLocaleString('en-US')} moves; the target is for 1,000,000)`;
  for (const [format, limit] of [['csv', 5], ['xlsx', 30]] as const) {
    const r = run(format, ['--all']);
    const perMillion = (r.seconds * 1_000_000) / moves;
    figures.push({
      id: `c.ledger-${format}`,
      what: `full-ledger export to ${format.toUpperCase()}, per 1,000,000 moves`,
      value: `${s(perMillion)}, ${mb(r.maxRssBytes)}`,
      target: `≤ ${limit} s, ≤ 300 MB`,
      verdict: verdict(perMillion <= limit && r.maxRssBytes <= 300 * 1024 * 1024),
      runs: '1 child process',
      detail: `${moves.toLocaleString('en-US')} moves in ${s(r.seconds)}, peak RSS ${mb(r.maxRssBytes)}, file ${mb(r.bytes)}${scaleNote}`,
      load: loadavg()[0],
      raw: { seconds: r.seconds, moves, maxRssBytes: r.maxRssBytes, bytes: r.bytes },
    });
  }
  for (const format of ['csv', 'xlsx'] as const) {
    const r = run(format, ['--sku', busiest.sku]);
    figures.push({
      id: `c.kartu-stok-${format}`,
      what: `kartu stok of the busiest product to ${format.toUpperCase()}`,
      value: `${s(r.seconds, 2)}, ${mb(r.maxRssBytes)}`,
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
