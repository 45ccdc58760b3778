// A real SQLite file in a temp folder behind the real router: what integration tests run on.
import { defaultKeyFile, fileKeyProvider } from '../../electron/services/privacy/keyFile';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openHost, type Host } from '../../electron/host/host';
import type { KeyProvider } from '../../electron/services/core';
import { createUser } from '../../electron/services/auth/auth';
import { putSetting } from '../../electron/services/settings/settings';
import type { Role } from '../../shared/roles';

export interface TempHost extends Host {
  dir: string;
  dbFile: string;
  clock: { now: Date };
  /** Logs a user in through the router and returns a caller bound to their token. */
  as(username: string, pin: string): Promise<Caller>;
  dispose(): void;
}

export type Caller = <T = unknown>(method: string, input?: unknown) => Promise<T>;

export function testKeys(): KeyProvider {
  const data = randomBytes(32);
  const lookup = randomBytes(32);
  return { dataKey: () => data, lookupKey: () => lookup };
}

export function openTempHost(options: { start?: Date } = {}): TempHost {
  const dir = mkdtempSync(join(tmpdir(), 'kkmp-test-'));
  const dbFile = join(dir, 'outlet.sqlite');
  const clock = { now: options.start ?? new Date('2026-11-20T02:00:00Z') };
  // The serve-mode key file beside the database, so `kkmp verify` checks the journal's HMACs.
  const host = openHost({ dbFile, create: true, keys: fileKeyProvider(defaultKeyFile(dbFile), { create: true }), now: () => clock.now });
  // Tests move the clock by hours and days between calls; the idle timeout has its own test.
  putSetting(host.core, 'auth.idle_minutes', '2000-01-01', 60 * 24 * 3650, null);
  const as = async (username: string, pin: string): Promise<Caller> => {
    const login = await host.router.call('auth.login', { username, pin }, null);
    if (!login.ok) throw new Error(`login failed: ${JSON.stringify(login.error)}`);
    const token = (login.result as { token: string }).token;
    return async <T>(method: string, input?: unknown) => {
      const r = await host.router.call(method, input ?? {}, token);
      if (!r.ok) throw Object.assign(new Error(`${r.error.code} ${JSON.stringify(r.error.params)}`), { payload: r.error });
      return r.result as T;
    };
  };
  return {
    ...host,
    dir,
    dbFile,
    clock,
    as,
    dispose() {
      host.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function addUser(host: Host, username: string, role: Role, pin: string): string {
  return createUser(host.core, { username, displayName: username, role, pin }, null).id;
}

/** The {code, params} a failed call carried, for asserting what the user would be told. */
export async function errorOf(p: Promise<unknown>): Promise<{ code: string; params: Record<string, unknown> }> {
  try {
    await p;
  } catch (e) {
    const payload = (e as { payload?: { code: string; params: Record<string, unknown> } }).payload;
    if (payload) return payload;
    throw e;
  }
  throw new Error('expected the call to fail');
}
