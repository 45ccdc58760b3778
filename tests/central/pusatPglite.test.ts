// `npm run pusat` with no --pg: the pusat on embedded PGlite in a data folder, as a child process
// over real HTTP, serving the dashboards and the API. The first dinas account is added with the add-dinas command, then signs in.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'kkmp-pusat-'));
const env = { ...process.env, KKMP_DATA_DIR: dir, KKMP_PUSAT_PASSWORD: 'rahasia-dinas-1' };

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run pusat on PGlite', () => {
  it('adds a dinas account, serves the dashboards and the API from the app data folder, and signs the dinas in', async () => {
    const add = spawnSync(TSX, ['central/main.ts', 'add-dinas', '--username', 'dinas.bpn', '--kota', 'Balikpapan'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(add.stderr).toBe('');
    expect(add.stdout.trim()).toBe('OK');

    const child = spawn(TSX, ['central/main.ts', '--port', '0'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /→ (http:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        child.once('exit', (code) => reject(new Error(`pusat exited ${code}: ${out}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      // The dashboards are served from the same address.
      const page = await fetch(`${url}/`);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('<title>Pusat KKMP</title>');
      const call = async (method: string, input: unknown) =>
        (await (
          await fetch(`${url}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) })
        ).json()) as { ok: boolean; result?: { role: string; kota: string }; error?: { code: string } };
      expect(await call('auth.login', { username: 'dinas.bpn', password: 'salah-sekali' })).toEqual({
        ok: false,
        error: { code: 'CENTRAL_LOGIN_FAILED', params: {} },
      });
      const ok = await call('auth.login', { username: 'dinas.bpn', password: 'rahasia-dinas-1' });
      expect(ok.result).toMatchObject({ role: 'dinas', kota: 'Balikpapan' });
    } finally {
      child.kill('SIGTERM');
    }
  }, 180_000);
});
