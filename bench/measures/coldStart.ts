// (g) Cold start: from spawning `npm run serve` (a new process: npm, tsx, migrations check,
// opening the year's database) to the login screen being interactive in Chromium (user name
// field visible and enabled), in a fresh browser context each run (no cached assets). The floor,
// in alternating runs: plain `node` spawned to open the same database with better-sqlite3 and
// read from it (what any start must pay before it can serve a login screen).
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { copyOutlet, USERS } from '../generate';
import type { BenchContext } from '../lib/context';
import { notMeasured, verdict, type Figure } from '../lib/figures';
import { chromiumMissing, spawnTracked, stopGroup, waitForOutput } from '../lib/children';
import { ms, summarize } from '../lib/stats';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { freePort } from '../../tests/e2e/support/serveHost';

const WHAT = 'cold start: spawn `npm run serve` → login screen interactive';
const TARGET = '≤ 1000 ms';
const FLOOR_SCRIPT =
  "const db = new (require('better-sqlite3'))(process.argv[1], { readonly: true }); db.prepare('SELECT COUNT(*) FROM products').get(); console.log('ready')";

export async function coldStart(ctx: BenchContext): Promise<Figure[]> {
  const missing = chromiumMissing();
  if (missing) return [notMeasured('g.cold-start', WHAT, TARGET, missing)];
  const runs = ctx.mode === 'full' ? 5 : 3;
  const dbFile = join(ctx.workDir, 'serve.sqlite');
  copyOutlet(ctx.outlet.fullDb, dbFile);
  const browser = await launchBrowser();
  const toLogin: number[] = [];
  const toReady: number[] = [];
  const toCashier: number[] = [];
  const toFloor: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const port = await freePort();
      const t0 = performance.now();
      const child = spawnTracked('npm', ['run', 'serve', '--', '--db', dbFile, '--port', String(port)], { cwd: ctx.root });
      try {
        const url = await waitForOutput(child, /(http:\/\/127\.0\.0\.1:\d+)/, 60_000);
        toReady.push(performance.now() - t0);
        const page = await browser.newPage();
        await page.goto(url);
        const user = page.getByLabel(/Nama pengguna|User name/);
        await user.waitFor({ state: 'visible' });
        if (!(await user.isEnabled())) await page.waitForFunction(() => !(document.activeElement as HTMLInputElement | null)?.disabled);
        toLogin.push(performance.now() - t0);
        const t1 = performance.now();
        await user.fill(USERS.kasir.username);
        await page.getByLabel('PIN', { exact: true }).fill(USERS.kasir.pin);
        await page.getByRole('button', { name: /^(Masuk|Log in)$/ }).click();
        await page.getByRole('button', { name: /^(Keluar|Log out)$/ }).waitFor();
        toCashier.push(performance.now() - t1);
        await page.context().close();
      } finally {
        await stopGroup(child);
      }
      const tf = performance.now();
      const floor = spawnTracked(process.execPath, ['-e', FLOOR_SCRIPT, dbFile], { cwd: ctx.root });
      try {
        await waitForOutput(floor, /ready/, 30_000);
        toFloor.push(performance.now() - tf);
      } finally {
        await stopGroup(floor);
      }
    }
  } finally {
    await browser.close();
  }
  const login = summarize(toLogin);
  const ready = summarize(toReady);
  const cashier = summarize(toCashier);
  const floor = summarize(toFloor);
  return [
    {
      id: 'g.cold-start',
      what: WHAT,
      value: ms(login.p50, 0),
      floor: `${ms(floor.p50, 0)} (node opening the database)`,
      ratio: login.p50 / floor.p50,
      target: TARGET,
      verdict: verdict(login.p50 <= 1000),
      runs: `${runs} starts + ${runs} floor starts, alternating (medians)`,
      detail: `server ready p50 ${ms(ready.p50, 0)}; login screen max ${ms(login.max, 0)}; then login → screen after login p50 ${ms(cashier.p50, 0)}; database = the full year`,
      load: loadavg()[0],
      raw: { floorP50: floor.p50, loginP50: login.p50, loginMax: login.max, readyP50: ready.p50, afterLoginP50: cashier.p50 },
    },
  ];
}
