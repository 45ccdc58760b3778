// (g) Cold start: from spawning `npm run serve` (a new process: npm, tsx, migrations check,
// opening the year's database) to the login screen being interactive in Chromium (user name
// field visible and enabled), in a fresh browser context each run (no cached assets).
import { spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { copyOutlet, USERS } from '../generate';
import type { BenchContext } from '../lib/context';
import { verdict, type Figure } from '../lib/figures';
import { ms, summarize } from '../lib/stats';
import { launchBrowser } from '../../tests/e2e/support/browser';
import { freePort } from '../../tests/e2e/support/serveHost';

export async function coldStart(ctx: BenchContext): Promise<Figure[]> {
  const runs = ctx.mode === 'full' ? 5 : 3;
  const dbFile = join(ctx.workDir, 'serve.sqlite');
  copyOutlet(ctx.outlet.fullDb, dbFile);
  const browser = await launchBrowser();
  const toLogin: number[] = [];
  const toReady: number[] = [];
  const toCashier: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const port = await freePort();
      const t0 = performance.now();
      const child = spawn('npm', ['run', 'serve', '--', '--db', dbFile, '--port', String(port)], { cwd: ctx.root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      try {
        const url = await readyUrl(child);
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
    }
  } finally {
    await browser.close();
  }
  const login = summarize(toLogin);
  const ready = summarize(toReady);
  const cashier = summarize(toCashier);
  return [
    {
      id: 'g.cold-start',
      what: 'cold start: spawn `npm run serve` → login screen interactive',
      value: ms(login.p50, 0),
      target: '≤ 2000 ms',
      verdict: verdict(login.p50 <= 2000),
      runs: `${runs} starts (median)`,
      detail: `server ready p50 ${ms(ready.p50, 0)}; login screen max ${ms(login.max, 0)}; then login → screen after login p50 ${ms(cashier.p50, 0)}; database = the full year`,
      load: loadavg()[0],
      raw: { loginP50: login.p50, loginMax: login.max, readyP50: ready.p50, afterLoginP50: cashier.p50 },
    },
  ];
}

function readyUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}:\n${output}`));
    });
  });
}

/** npm starts sh → tsx → node: stop the whole process group this run spawned. */
function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((done) => {
    const pid = child.pid!;
    const kill = setTimeout(() => process.kill(-pid, 'SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    process.kill(-pid, 'SIGTERM');
  });
}
