// The demo outlet for tests that read or use it, made once per vitest run and copied: seeding is a
// month of sales through the full commit path, and a dozen test files want the same outlet. The
// seed is deterministic for a given end date (ids and PIN salts aside), so a copy is the outlet
// the test would have seeded itself, apart from today's sales after the template was made.
// tests/integration/seedDemo.test.ts still seeds from scratch through `kkmp seed`.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** Shared by the test files of one run: globalSetup names the run; alone, a file keys on its parent (the vitest fork pool). */
export function demoTemplateDir(): string {
  return join(tmpdir(), `kkmp-demo-template-${process.env.KKMP_TEST_RUN ?? process.ppid}`);
}

/** Today in the demo outlet's zone (WITA, UTC+8, no daylight saving): a run past midnight gets a new template. */
function witaToday(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Makes (or finds) the template for `until` and returns its database path; its key file lies beside it. */
function template(until: string | undefined): string {
  const name = until ? `until-${until}` : `today-${witaToday()}`;
  const ready = join(demoTemplateDir(), name);
  const db = join(ready, 'demo.sqlite');
  if (existsSync(db)) return db;
  mkdirSync(demoTemplateDir(), { recursive: true });
  // Seeded into a folder of its own and renamed whole, so a database never meets another's key
  // file; when two files build at once the first rename wins and the other is thrown away.
  const work = mkdtempSync(join(demoTemplateDir(), 'build-'));
  execFileSync(
    process.execPath,
    [join(ROOT, 'scripts/runHost.mjs'), 'kkmp', 'seed', '--demo', '--db', join(work, 'demo.sqlite'), ...(until ? ['--until', until] : [])],
    // Anything the CLI keeps in its data folder stays in the template's; its errors reach the test.
    { cwd: ROOT, env: { ...process.env, KKMP_DATA_DIR: work }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  try {
    renameSync(work, ready);
  } catch {
    rmSync(work, { recursive: true, force: true });
  }
  return db;
}

/** Copies the demo outlet (seeded up to `until`, or today) to `dbFile`, with its key file, owner-only as the host keeps them. */
export function copyDemo(dbFile: string, options: { until?: string } = {}): void {
  const from = template(options.until);
  for (const suffix of ['', '-wal', '.key']) {
    if (!existsSync(from + suffix)) continue;
    copyFileSync(from + suffix, dbFile + suffix);
    chmodSync(dbFile + suffix, 0o600);
  }
}
