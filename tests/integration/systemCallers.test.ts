// The CLI is a face like HTTP: it calls the router as a named system caller with a role, so a
// caller without the role is refused with the same code and the same Indonesian words. Real kkmp
// process (npm run kkmp), real HTTP host on a real TCP port, one real SQLite file.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorText } from '../../shared/i18n/errorMessages';
import type { ErrorPayload } from '../../shared/errors';
import { openHost, type Host } from '../../electron/host/host';
import { startHttp } from '../../electron/host/http/server';
import { addUser } from '../support/tempHost';
import { kkmp } from '../support/cli';

const run = promisify(execFile);
let dir: string;
let dbFile: string;
let host: Host;
let server: { close(): unknown };
let url: string;

async function kkmpProcess(...argv: string[]): Promise<{ code: number; err: string }> {
  try {
    await run('npm', ['run', '-s', 'kkmp', '--', ...argv], { cwd: join(__dirname, '..', '..') });
    return { code: 0, err: '' };
  } catch (e) {
    const failed = e as { code: number; stderr: string };
    return { code: failed.code, err: failed.stderr };
  }
}

async function http(method: string, input: unknown, token?: string): Promise<{ ok: boolean; result?: unknown; error?: ErrorPayload }> {
  const res = await fetch(`${url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; result?: unknown; error?: ErrorPayload };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kkmp-callers-'));
  dbFile = join(dir, 'outlet.sqlite');
  expect((await kkmp('init', '--db', dbFile, '--admin-pin', '123456')).code).toBe(0);
  host = openHost({ dbFile });
  addUser(host, 'sari', 'kasir', '1111');
  const started = await startHttp(host, { port: 0, staticDir: dir });
  server = started.server;
  url = started.url;
});

afterAll(() => {
  server?.close();
  host?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('system callers (CLI) and people (HTTP) go through the same router', () => {
  it('a kasir-role system caller is refused the kartu stok export exactly like a kasir over HTTP', async () => {
    const out = join(dir, 'kartu.csv');
    const cli = await kkmpProcess(
      'export',
      'kartu-stok',
      '--db',
      dbFile,
      '--all',
      '--from',
      '2026-01-01',
      '--to',
      '2026-01-31',
      '--format',
      'csv',
      '--out',
      out,
      '--as',
      'script',
    );
    const login = await http('auth.login', { username: 'sari', pin: '1111' });
    const overHttp = await http(
      'exports.kartuStok',
      { format: 'csv', all: true, from: '2026-01-01', to: '2026-01-31' },
      (login.result as { token: string }).token,
    );
    expect(overHttp.ok).toBe(false);
    expect(overHttp.error).toEqual({ code: 'ROLE_FORBIDDEN', params: { method: 'exports.kartuStok', role: 'kasir' } });
    const words = errorText(overHttp.error!.code, overHttp.error!.params, 'id');
    expect(words).toBe('Peran kasir tidak boleh melakukan ini.');
    expect(cli.code).toBe(1);
    expect(cli.err).toContain(`Gagal / failed: ${words} (ROLE_FORBIDDEN)`);
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it('the default cli caller (admin) may export, and its audit rows name the system caller', async () => {
    const out = join(dir, 'kartu-ok.csv');
    expect(
      (await kkmp('export', 'kartu-stok', '--db', dbFile, '--all', '--from', '2026-01-01', '--to', '2026-01-31', '--format', 'csv', '--out', out)).code,
    ).toBe(0);
    expect(existsSync(out)).toBe(true);
    // `kkmp init` created the first admin through users.create as the cli caller.
    expect(host.core.db.prepare("SELECT user_id FROM audit_log WHERE action = 'user.create' ORDER BY id LIMIT 1").get()).toEqual({ user_id: 'system:cli' });
  });

  it('a method that takes a path on the host is refused to every session over HTTP, admin included', async () => {
    const login = await http('auth.login', { username: 'admin', pin: '123456' });
    const r = await http('backups.toFile', { path: join(dir, 'copy.sqlite') }, (login.result as { token: string }).token);
    expect(r.error).toEqual({ code: 'METHOD_SYSTEM_ONLY', params: { method: 'backups.toFile' } });
    expect(errorText(r.error!.code, r.error!.params, 'id')).toContain('hanya untuk baris perintah kkmp');
    expect(existsSync(join(dir, 'copy.sqlite'))).toBe(false);
  });

  it('an unknown --as is a clear refusal naming the callers of the table', async () => {
    const r = await kkmp('backup', '--db', dbFile, '--out', join(dir, 'b.sqlite'), '--as', 'root');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--as');
    expect(r.err).toContain('cli|script|desktop');
  });
});
