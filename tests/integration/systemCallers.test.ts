// The CLI is a face like HTTP: it calls the router as a named system caller with a role, so a
// caller without the role is refused with the same code and the same Indonesian words. Real kkmp
// process (npm run kkmp), real HTTP host on a real TCP port, one real SQLite file.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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

  it('the file operations of kkmp (init, seed, verify, restore, sync with a key file) are refused to every session over HTTP', async () => {
    const login = await http('auth.login', { username: 'admin', pin: '123456' });
    const token = (login.result as { token: string }).token;
    const backup = join(dir, 'for-restore.sqlite');
    expect((await kkmp('backup', '--db', dbFile, '--out', backup)).code).toBe(0);
    const target = join(dir, 'restored-over-http.sqlite');
    const attempts: [string, unknown][] = [
      ['setup.initFile', { admin: { username: 'root', displayName: 'Root', pin: '654321' } }],
      ['setup.seedDemo', {}],
      ['backups.verifyFile', { path: dbFile }],
      ['backups.restore', { from: backup, db: target }],
      ['sync.runWithKey', { syncKeyFile: join(dir, 'stolen.key'), centralUrl: 'http://127.0.0.1:9' }],
    ];
    for (const [method, input] of attempts) {
      expect((await http(method, input, token)).error).toEqual({ code: 'METHOD_SYSTEM_ONLY', params: { method } });
    }
    expect(existsSync(target)).toBe(false);
    expect(host.core.db.prepare("SELECT COUNT(*) FROM users WHERE username = 'root'").pluck().get()).toBe(0);
    expect(host.core.db.prepare('SELECT COUNT(*) FROM products').pluck().get()).toBe(0);
  });

  it('kkmp restore goes through the router: a kasir-role caller is refused, the cli caller restores and the restored file audits it', async () => {
    // A second outlet file with its own key, backed up and then restored over itself.
    const target = join(dir, 'restored.sqlite');
    expect((await kkmp('init', '--db', target, '--admin-pin', '123456')).code).toBe(0);
    const backup = join(dir, 'to-restore.sqlite');
    expect((await kkmp('backup', '--db', target, '--out', backup)).code).toBe(0);
    const refused = await kkmp('restore', '--from', backup, '--db', target, '--as', 'script');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`Gagal / failed: ${errorText('ROLE_FORBIDDEN', { method: 'backups.restore', role: 'kasir' }, 'id')} (ROLE_FORBIDDEN)`);
    expect(readdirSync(dir).filter((f) => f.includes('before-restore'))).toEqual([]);
    const ok = await kkmp('restore', '--from', backup, '--db', target);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    const restored = openHost({ dbFile: target });
    try {
      const last = restored.core.db.prepare('SELECT user_id, action, details FROM audit_log ORDER BY id DESC LIMIT 1').get() as Record<string, string>;
      expect(last).toMatchObject({ user_id: 'system:cli', action: 'backup.restore' });
      expect(JSON.parse(last.details!)).toMatchObject({ from: backup, previous: expect.stringContaining(`${target}.before-restore-`) });
    } finally {
      restored.close();
    }
    expect((await kkmp('verify', '--db', target)).code).toBe(0);
  });

  it('a bad central URL is refused by kkmp sync in the same words as by sync.enrol over HTTP', async () => {
    const login = await http('auth.login', { username: 'admin', pin: '123456' });
    const overHttp = await http('sync.enrol', { centralUrl: 'ftp://pusat.example', code: 'ABCD-1234-EF' }, (login.result as { token: string }).token);
    expect(overHttp.error?.code).toBe('INPUT_INVALID');
    const cli = await kkmp('sync', '--db', dbFile, '--central', 'ftp://pusat.example', '--enrol', 'ABCD-1234-EF');
    expect(cli.code).toBe(1);
    expect(cli.err).toContain(`Gagal / failed: ${errorText(overHttp.error!.code, overHttp.error!.params, 'id')} (INPUT_INVALID)`);
  });

  it('an unknown --as is a clear refusal naming the callers of the table', async () => {
    const r = await kkmp('backup', '--db', dbFile, '--out', join(dir, 'b.sqlite'), '--as', 'root');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--as');
    expect(r.err).toContain('cli|script|desktop');
  });
});
