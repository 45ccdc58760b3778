// `npm run bench` (full: the busy year, < 15 min on 2 cores) or `npm run bench -- --quick`
// (a tenth of the year, < 2 min). Prints every figure with its target and verdict and writes
// bench/results/<date>.json and .md (<date>-quick.* in quick mode, <date>[-quick]-only-ac.* for --only a,c). Options: --seed N,
// --only a,b,... (figure letters), --keep (keep the scratch folder).
import { mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CACHE_DIR, generateOutlet, SCALES } from './generate';
import type { BenchContext, Measure } from './lib/context';
import { notMeasured, printTable, writeResults, type BenchResults, type Figure } from './lib/figures';
import { describeMachine, machine } from './lib/machine';
import { killAllChildren } from './lib/children';
import { commitRatio } from './measures/commitRatio';
import { importYear } from './measures/importYear';
import { exports } from './measures/exports';
import { shu } from './measures/shu';
import { lpgQuota } from './measures/lpgQuota';
import { scanLatency } from './measures/scan';
import { coldStart } from './measures/coldStart';
import { journalShare } from './measures/journalShare';
import { keyedJournal } from './measures/keyedJournal';

const MEASURES: { letter: string; what: string; target: string; run: Measure }[] = [
  { letter: 'a', what: 'sale commit vs the same rows in raw SQL', target: '≤ 1.3×, p99 ≤ 3× p50', run: commitRatio },
  { letter: 'b', what: 'import of the year', target: '≤ 1.3× a raw replay', run: importYear },
  { letter: 'c', what: 'kartu stok / ledger exports', target: 'CSV ≤ 5 s, XLSX ≤ 30 s, ≤ 300 MB', run: exports },
  { letter: 'd', what: 'SHU for the members', target: '≤ 0.5 s', run: shu },
  { letter: 'e', what: 'LPG quota check', target: 'no growth with log size', run: lpgQuota },
  { letter: 'f', what: 'scan → line visible', target: 'p95 ≤ 16 ms', run: scanLatency },
  { letter: 'g', what: 'cold start', target: '≤ 1 s', run: coldStart },
  { letter: 'h', what: 'journal posting added to a sale commit', target: '≤ 15 %', run: journalShare },
  { letter: 'i', what: 'keyed journal (HMAC chain) added to a sale commit', target: 'measured', run: keyedJournal },
];

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const mode: 'quick' | 'full' = argv.includes('--quick') ? 'quick' : 'full';
const seed = Number(option('seed') ?? 1);
const only = option('only')?.split(',');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (line: string) => console.log(line);

const started = new Date();
const m = machine();
log(`Kasir KKMP bench (${mode}) on ${describeMachine(m)}`);
const scale = SCALES[mode]!;
const t0 = performance.now();
log(`Outlet ${scale.name}, seed ${seed}: generating or reading the cache...`);
const outlet = await generateOutlet(scale, seed, { log });
const generatedNow = !outlet.fromCache;
log(
  `  ${outlet.stats.products} products, ${outlet.stats.members} members, ${outlet.stats.sales} sales, ${outlet.stats.saleLines} lines, ${outlet.stats.moves} moves`,
);

/** Every figure has a time bound; past it the figure is NOT MEASURED and the run goes on. */
const boundMs = (mode === 'full' ? 30 : 8) * 60_000;
function withinBound<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`over its time bound of ${ms / 60_000} min`)), ms)));
  return Promise.race([work, bound]).finally(() => clearTimeout(timer));
}

const workDir = join(CACHE_DIR, `run-${process.pid}`);
mkdirSync(workDir, { recursive: true });
const ctx: BenchContext = { mode, outlet, generatedNow, workDir, root, log };
const figures: Figure[] = [];
try {
  for (const measure of MEASURES) {
    if (only && !only.includes(measure.letter)) continue;
    log(`(${measure.letter}) ${measure.what}...`);
    const t = performance.now();
    try {
      figures.push(...(await withinBound(measure.run(ctx), boundMs)));
    } catch (e) {
      figures.push(notMeasured(measure.letter, measure.what, measure.target, `failed: ${(e as Error).message.split('\n')[0]}`));
    } finally {
      // A figure that failed or overran leaves nothing running behind it.
      killAllChildren();
    }
    log(`    done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
} finally {
  if (!argv.includes('--keep')) rmSync(workDir, { recursive: true, force: true });
}

const results: BenchResults = {
  date: started.toISOString().slice(0, 10),
  startedAt: started.toISOString(),
  mode,
  ...(only ? { only } : {}),
  scale: scale.name,
  seed,
  machine: m,
  loadAverageEnd: Math.round(loadavg()[0]! * 100) / 100,
  totalSeconds: (performance.now() - t0) / 1000,
  outlet: {
    products: outlet.stats.products,
    members: outlet.stats.members,
    sales: outlet.stats.sales,
    'sale lines': outlet.stats.saleLines,
    'stock moves': outlet.stats.moves,
  },
  figures,
};
log('');
printTable(figures, log);
const files = writeResults(join(root, 'bench', 'results'), results);
log('');
log(`Written ${files.json} and ${files.md} (${results.totalSeconds.toFixed(0)} s in all).`);
// Nothing may keep the run alive (a browser or server handle of a figure that overran).
killAllChildren();
process.exit(0);
