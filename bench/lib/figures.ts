// A figure is one measured number with its target and verdict. A miss is printed as MISS and a
// measurement that could not run says why (NOT MEASURED): nothing is left out of the table.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { describeMachine, type Machine } from './machine';

export type Verdict = 'PASS' | 'MISS' | 'NOT MEASURED' | 'INFO';

export interface Figure {
  id: string;
  what: string;
  value: string;
  /** The same work done the cheapest honest way, measured in the same run (or why there is none). */
  floor: string;
  /** value / floor, when both are times of the same work. */
  ratio?: number;
  target: string;
  verdict: Verdict;
  /** How many runs/samples the value comes from. */
  runs: string;
  detail: string;
  /** The load average while it ran (other jobs on a shared machine slow everything down). */
  load?: number;
  raw?: Record<string, number | string>;
}

export const loadNow = (): number => Math.round(loadavg()[0]! * 100) / 100;

export function verdict(pass: boolean): Verdict {
  return pass ? 'PASS' : 'MISS';
}

export function notMeasured(id: string, what: string, target: string, why: string): Figure {
  return { id, what, value: '—', floor: '—', target, verdict: 'NOT MEASURED', runs: '0', detail: `not measured: ${why}`, load: loadNow() };
}

export interface BenchResults {
  date: string;
  startedAt: string;
  mode: 'quick' | 'full';
  /** The figure letters of an --only run; a partial run never overwrites the day's whole run. */
  only?: string[];
  scale: string;
  seed: number;
  machine: Machine;
  /** Load average when the run ended. */
  loadAverageEnd: number;
  totalSeconds: number;
  outlet: Record<string, number>;
  figures: Figure[];
}

export function printTable(figures: Figure[], log: (line: string) => void): void {
  const cols: [string, (f: Figure) => string][] = [
    ['figure', (f) => f.what],
    ['value', (f) => f.value],
    ['floor', (f) => f.floor],
    ['ratio', (f) => (f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`)],
    ['target', (f) => f.target],
    ['verdict', (f) => f.verdict],
    ['runs', (f) => f.runs],
    ['load', (f) => (f.load === undefined ? '' : f.load.toFixed(1))],
  ];
  const widths = cols.map(([h, get]) => Math.max(h.length, ...figures.map((f) => get(f).length)));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  log(row(cols.map(([h]) => h)));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const f of figures) {
    log(row(cols.map(([, get]) => get(f))));
    if (f.detail) log(`    ${f.detail}`);
  }
}

export function markdown(r: BenchResults): string {
  const lines = [
    `# Benchmark ${r.date} (${r.mode})`,
    '',
    `Machine: ${describeMachine(r.machine)} at the start, ${r.loadAverageEnd} at the end.`,
    `Outlet: scale ${r.scale}, seed ${r.seed} — ${Object.entries(r.outlet)
      .map(([k, v]) => `${v.toLocaleString('en-US')} ${k}`)
      .join(', ')}. Total run ${r.totalSeconds.toFixed(0)} s.`,
    '',
    '| figure | value | floor | ratio | target | verdict | runs | load | detail |',
    '|---|---|---|---|---|---|---|---|---|',
    ...r.figures.map(
      (f) =>
        `| ${f.what} | ${f.value} | ${f.floor} | ${f.ratio === undefined ? '' : `${f.ratio.toFixed(2)}×`} | ${f.target} | **${f.verdict}** | ${f.runs} | ${f.load === undefined ? '' : f.load.toFixed(1)} | ${f.detail.replace(/\|/g, '\\|')} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

export function writeResults(dir: string, r: BenchResults): { json: string; md: string } {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `${r.date}${r.mode === 'full' ? '' : '-quick'}${r.only ? `-only-${r.only.join('')}` : ''}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(`${base}.md`, markdown(r));
  return { json: `${base}.json`, md: `${base}.md` };
}
