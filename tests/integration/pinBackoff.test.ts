// PIN guessing over real HTTP: growing delays per (username, caller, till), one answer for unknown
// users, no lock-out of one person by another, an alert in the audit and on the manager's stream,
// and the PIN length policy by role (issue 16, item 4).
import type { Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHttp } from '../../electron/host/http/server';
import { createUser } from '../../electron/services/auth/auth';
import { putSetting } from '../../electron/services/settings/settings';
import { uuidv7 } from '../../shared/ids';
import { openTempHost, type TempHost } from '../support/tempHost';
import { setupShop, PINS } from '../support/shop';
import { postApi } from '../support/rawHttp';

let h: TempHost;
let server: Server;
let base: string;
let gula: string;

beforeEach(async () => {
  h = openTempHost();
  ({
    products: { gula },
  } = setupShop(h));
  putSetting(h.core, 'sales.require_open_shift', '2000-01-01', false, null);
  ({ server, url: base } = await startHttp(h, { port: 0 }));
});
afterEach(async () => {
  await new Promise((r) => server.close(r));
  h.dispose();
});

const login = async (username: string, pin: string) =>
  (await postApi(base, 'auth.login', { username, pin })).json<{
    ok: boolean;
    result: { token: string };
    error: { code: string; params: Record<string, unknown> };
  }>();
const later = (seconds: number) => (h.clock.now = new Date(h.clock.now.getTime() + seconds * 1000));

describe('PIN back-off', () => {
  it('an unknown username and a wrong PIN get the same answer, and the same delays', async () => {
    const unknown = [];
    const wrong = [];
    for (let i = 0; i < 5; i++) {
      unknown.push((await login('siapa', '9999')).error);
      wrong.push((await login('sari', '9999')).error);
    }
    expect(unknown).toEqual(wrong);
    expect(wrong.slice(0, 4)).toEqual([0, 1, 2, 3].map(() => ({ code: 'PIN_WRONG', params: {} })));
    expect(wrong[4]).toEqual({ code: 'PIN_RETRY_LATER', params: { seconds: 30 } });
  });

  it('delays grow with each failure and end on their own: no permanent lock, the right PIN works after the wait', async () => {
    for (let i = 0; i < 4; i++) await login('sari', '9999');
    expect((await login('sari', PINS.kasir)).error).toEqual({ code: 'PIN_RETRY_LATER', params: { seconds: 30 } });
    later(31);
    expect((await login('sari', '9999')).error).toEqual({ code: 'PIN_WRONG', params: {} });
    expect((await login('sari', '9999')).error).toEqual({ code: 'PIN_RETRY_LATER', params: { seconds: 60 } });
    later(61);
    expect((await login('sari', PINS.kasir)).ok).toBe(true);
    // the success cleared this caller's count for sari
    expect((await login('sari', '9999')).error).toEqual({ code: 'PIN_WRONG', params: {} });
  });

  it('a kasir sending wrong approval PINs in sales.commit does not lock the manajer out, and the manager is alerted', async () => {
    const kasir = (await login('sari', PINS.kasir)).result.token;
    const manajer = (await login('hendra', PINS.manajer)).result.token;
    const sale = () => ({
      id: uuidv7(),
      lines: [{ productId: gula, qtyMilli: 1000 }],
      payments: [{ method: 'cash', amount: 17_000 }],
      approval: { username: 'hendra', pin: '000000' },
    });
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push((await postApi(base, 'sales.commit', sale(), { authorization: `Bearer ${kasir}` })).json().error?.code);
    expect(answers).toEqual(['PIN_WRONG', 'PIN_WRONG', 'PIN_WRONG', 'PIN_WRONG', 'PIN_RETRY_LATER', 'PIN_RETRY_LATER']);
    expect(h.core.db.prepare('SELECT COUNT(*) FROM sales').pluck().get()).toBe(0);
    // the manajer logs in, and approves at their own session, at once
    expect((await login('hendra', PINS.manajer)).ok).toBe(true);
    const own = await postApi(base, 'sales.commit', { ...sale(), approval: { username: 'hendra', pin: PINS.manajer } }, { authorization: `Bearer ${manajer}` });
    expect(own.json().ok).toBe(true);
    const alert = h.core.db.prepare("SELECT details FROM audit_log WHERE action = 'auth.pin_backoff' ORDER BY id LIMIT 1").pluck().get() as string;
    expect(JSON.parse(alert)).toMatchObject({ username: 'hendra', source: 'host', failures: 4 });
    const users = (await postApi(base, 'users.list', {}, { authorization: `Bearer ${await adminToken()}` })).json<{
      result: { username: string; locked: boolean }[];
    }>().result;
    expect(users.find((u) => u.username === 'hendra')?.locked).toBe(true);
  });

  it('manajer and admin PINs are at least 6 digits (setting auth.pin_min_digits); a kasir may keep 4', () => {
    expect(() => createUser(h.core, { username: 'bos', displayName: 'Bos', role: 'manajer', pin: '1234' }, null)).toThrow(
      expect.objectContaining({ code: 'PIN_TOO_SHORT', params: { role: 'manajer', digits: 6 } }),
    );
    expect(() => createUser(h.core, { username: 'root', displayName: 'Root', role: 'admin', pin: '12345' }, null)).toThrow(
      expect.objectContaining({ code: 'PIN_TOO_SHORT' }),
    );
    expect(createUser(h.core, { username: 'kasir3', displayName: 'Kasir 3', role: 'kasir', pin: '1234' }, null).role).toBe('kasir');
  });
});

async function adminToken(): Promise<string> {
  createUser(h.core, { username: 'root', displayName: 'Root', role: 'admin', pin: '987654' }, null);
  return (await login('root', '987654')).result.token;
}
