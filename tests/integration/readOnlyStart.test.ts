// A data folder or database file the host cannot write (issue 16, item 11), on real files with a
// real `npm run serve` process and real HTTP. Tests run as root, which ignores file modes, so the
// read-only state is made with `chattr +i` (immutable: refused even to root); where chattr is
// unavailable the tests are skipped.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kkmp } from '../support/cli';
import { raw } from '../support/rawHttp';
import { openTempHost } from '../support/tempHost';
import { PINS, setupShop } from '../support/shop';
import { freePort } from '../e2e/support/serveHost';
import { errorText } from '../../shared/i18n/errorMessages';

const ROOT = resolve(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function chattr(flag: '+i' | '-i', path: string): boolean {
  try {
    execFileSync('chattr', [flag, path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
const canFreeze = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'kkmp-chattr-'));
  const ok = chattr('+i', probe);
  chattr('-i', probe);
  rmSync(probe, { recursive: true, force: true });
  return ok;
})();

const frozen: string[] = [];
const dirs: string[] = [];
function freeze(path: string): void {
  expect(chattr('+i', path)).toBe(true);
  frozen.push(path);
}
afterEach(() => {
  for (const p of frozen.splice(0)) chattr('-i', p);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Starts `npm run serve` and collects its console until it prints its address or exits. */
function serve(args: string[], env: Record<string, string> = {}) {
  const child = spawn(TSX, [join(ROOT, 'electron/host/http/serveMain.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  const started = new Promise<{ code: number | null; url: string | null }>((done) => {
    const timer = setInterval(() => {
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearInterval(timer);
        done({ code: null, url: m[1]! });
      }
    }, 50);
    child.once('exit', (code) => {
      clearInterval(timer);
      done({ code, url: null });
    });
  });
  return { child, started, out: () => out, err: () => err };
}

describe.skipIf(!canFreeze)('read-only start (chattr +i, real serve process and HTTP)', () => {
  it('a data folder that takes no files: serve and kkmp stop with words in both languages, no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kkmp-ro-'));
    dirs.push(dir);
    freeze(dir);
    const words = { id: errorText('DATA_DIR_READ_ONLY', { dir }, 'id'), en: errorText('DATA_DIR_READ_ONLY', { dir }, 'en') };
    const s = serve(['--port', String(await freePort())], { KKMP_DATA_DIR: dir });
    expect(await s.started).toEqual({ code: 1, url: null });
    expect(s.err()).toContain(words.id);
    expect(s.err()).toContain(words.en);
    expect(s.err()).not.toMatch(/^\s+at /m);
    const cli = await kkmp('init', '--db', join(dir, 'kasir-kkmp.sqlite'), '--admin-pin', '123456');
    expect(cli.code).toBe(1);
    expect(cli.err).toContain(words.id);
    expect(cli.err).toContain(words.en);
  }, 90_000);

  it('a read-only database file: announced at start (not "siap / ready") and on the login page; a login is refused in words', async () => {
    const h = openTempHost();
    dirs.push(h.dir);
    setupShop(h);
    h.close();
    freeze(h.dbFile);
    const port = await freePort();
    const s = serve(['--db', h.dbFile, '--port', String(port)]);
    try {
      const { url } = await s.started;
      expect(url).toBe(`http://127.0.0.1:${port}`);
      await new Promise((r) => setTimeout(r, 300)); // the rest of the line
      expect(s.out()).toContain('TIDAK SIAP / NOT READY');
      expect(s.out()).toContain(errorText('DB_READ_ONLY', {}, 'id'));
      expect(s.out()).not.toContain('siap / ready');
      const post = (method: string, body: unknown) =>
        raw(`${url}/api/${method}`, { method: 'POST', headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      // what the login page asks before it shows its banner
      expect((await post('storage.status', {})).json()).toEqual({ ok: true, result: { readOnly: true } });
      const login = (await post('auth.login', { username: 'sari', pin: PINS.kasir })).json();
      expect(login).toMatchObject({ ok: false, error: { code: 'DB_READ_ONLY' } });
    } finally {
      s.child.kill('SIGTERM');
      await new Promise((r) => s.child.once('exit', r));
    }
  }, 90_000);
});
