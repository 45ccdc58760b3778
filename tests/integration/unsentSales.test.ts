// Issue 15 item 19, nothing waits unseen: an outlet enrolled with a real pusat (PGlite in process,
// over real HTTP) counts what the pusat has not acknowledged; closing a shift over unacknowledged
// sales is refused unless a manajer gives a reason (audited), and "send now" clears it. An outlet
// with no central URL has nothing waiting.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCentral, type CentralHost } from '../../central/host';
import { startCentralHttp } from '../../central/http';
import { createAccount } from '../../central/services/accounts';
import { runSync } from '../../electron/services/sync/syncRun';
import { defaultSyncKeyFile } from '../../electron/services/sync/syncKey';
import type { SyncUnsent } from '../../shared/api/sync';
import { uuidv7 } from '../../shared/ids';
import { openLpgWorld, SUPERVISOR, type LpgWorld } from '../support/lpgWorld';
import { errorOf } from '../support/tempHost';

let central: CentralHost;
let url: string;
let stopCentral: () => Promise<void>;
const pgliteDir = mkdtempSync(join(tmpdir(), 'kkmp-unsent-'));
const MANAJER = { username: 'mira', pin: '333333' };
/** The pusat refuses stale requests: it keeps the clock of the outlet under test. */
let outletClock: () => Date = () => new Date();

beforeAll(async () => {
  central = await openCentral({ pgliteDir }, () => outletClock());
  const http = await startCentralHttp(central, { port: 0 });
  url = http.url;
  stopCentral = async () => {
    await http.app.close();
    await central.close();
  };
  await central.db.tx((sql) => createAccount(sql, { username: 'dinas.bpn', password: 'rahasia-dinas-1', role: 'dinas', kota: 'Balikpapan', createdBy: null }));
}, 120_000);
afterAll(async () => {
  await stopCentral?.();
  rmSync(pgliteDir, { recursive: true, force: true });
});

async function dinasCall<T>(method: string, input: unknown, token?: string): Promise<T> {
  const res = await fetch(`${url}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; result: T; error?: unknown };
  if (!body.ok) throw new Error(JSON.stringify(body.error));
  return body.result;
}

/** An LPG world enrolled with the pusat, everything so far acknowledged, and an open shift. */
async function enrolledOutlet(koperasiId: string): Promise<{ w: LpgWorld; shiftId: string }> {
  const w = await openLpgWorld(new Date('2026-01-10T02:00:00Z'));
  outletClock = () => w.h.clock.now;
  const { token } = await dinasCall<{ token: string }>('auth.login', { username: 'dinas.bpn', password: 'rahasia-dinas-1' });
  await dinasCall('koperasi.create', { id: koperasiId, name: `KKMP ${koperasiId}`, kelurahan: koperasiId }, token);
  const { code } = await dinasCall<{ code: string }>('enrolment.createCode', { koperasiId, outletName: `Gerai ${koperasiId}` }, token);
  await runSync(w.h.core, { keyFile: defaultSyncKeyFile(w.h.dbFile), centralUrl: url, enrolCode: code });
  const shiftId = (await w.kasir<{ shiftId: string }>('shifts.open', { openingFloat: 100_000, terminal: 'POS-2' })).shiftId;
  await runSync(w.h.core, { keyFile: defaultSyncKeyFile(w.h.dbFile) });
  return { w, shiftId };
}

function sellGula(w: LpgWorld, shiftId: string) {
  return w.kasir('sales.commit', {
    id: uuidv7(w.h.clock.now.getTime()),
    shiftId,
    lines: [{ productId: w.products.gula, qtyMilli: 1000 }],
    payments: [{ method: 'cash', amount: 20_000 }],
  });
}

const closeInput = (shiftId: string, extra: object = {}) => ({ shiftId, denominations: { '100000': 1, '20000': 1 }, ...extra });

describe('unacknowledged sales and the pusat', () => {
  it('counts them since the oldest, refuses the Z report over them, and "send now" clears the way', async () => {
    const { w, shiftId } = await enrolledOutlet('kkmp-graha-indah');
    try {
      expect(await w.kasir<SyncUnsent>('sync.unsent', {})).toMatchObject({ configured: true, pending: 0, sales: 0, since: null });
      w.at('2026-01-10T06:05:00Z'); // 14.05 WITA
      await sellGula(w, shiftId);
      w.at('2026-01-10T06:30:00Z');
      await sellGula(w, shiftId);
      const unsent = await w.kasir<SyncUnsent>('sync.unsent', {});
      expect(unsent).toMatchObject({ configured: true, sales: 2, since: '2026-01-10T06:05:00.000Z' });
      expect(unsent.pending).toBeGreaterThan(2); // the lines, payments, moves and audit rows wait too

      expect(await errorOf(w.kasir('shifts.close', closeInput(shiftId)))).toEqual({
        code: 'SHIFT_SALES_UNSENT',
        params: { count: 2, since: '10/01/2026 14.05' },
      });
      // A supervisor is not enough: this one is the manajer's call.
      expect(await errorOf(w.kasir('shifts.close', closeInput(shiftId, { unsentOverride: { ...SUPERVISOR, reason: 'mau pulang' } })))).toEqual({
        code: 'SHIFT_UNSENT_MANAGER_ONLY',
        params: { username: SUPERVISOR.username },
      });

      const sent = await w.kasir<{ unsent: SyncUnsent; error: { code: string } | null }>('sync.sendNow', {});
      expect(sent).toEqual({ unsent: { configured: true, pending: 0, sales: 0, since: null }, error: null });
      const closed = await w.kasir<{ countedCash: number }>('shifts.close', closeInput(shiftId));
      expect(closed.countedCash).toBe(120_000);
    } finally {
      w.h.dispose();
    }
  }, 120_000);

  it('offline: send now says why, and a manajer may close over the unsent sales with a reason (audited)', async () => {
    const { w, shiftId } = await enrolledOutlet('kkmp-karang-joang');
    try {
      await sellGula(w, shiftId);
      // The pusat's address stops answering (nothing listens on port 9).
      w.h.core.db.prepare("UPDATE sync_state SET central_url = 'http://127.0.0.1:9'").run();
      const sent = await w.kasir<{ unsent: SyncUnsent; error: { code: string } | null }>('sync.sendNow', {});
      expect(sent.error?.code).toBe('SYNC_UNREACHABLE');
      expect(sent.unsent.sales).toBe(1);

      const reason = 'internet mati sejak siang, dikirim besok';
      await w.kasir('shifts.close', closeInput(shiftId, { unsentOverride: { ...MANAJER, reason } }));
      const row = w.h.core.db.prepare("SELECT user_id, details FROM audit_log WHERE action = 'shift.close.unsent_override'").get() as {
        user_id: string;
        details: string;
      };
      expect(JSON.parse(row.details)).toMatchObject({ unsentSales: 1, reason });
      expect(w.h.core.db.prepare('SELECT username FROM users WHERE id = ?').pluck().get(row.user_id)).toBe('mira');
    } finally {
      w.h.dispose();
    }
  }, 120_000);

  it('with no central URL nothing is waiting and the shift closes as before', async () => {
    const w = await openLpgWorld(new Date('2026-01-10T02:00:00Z'));
    try {
      const shiftId = (await w.kasir<{ shiftId: string }>('shifts.open', { openingFloat: 100_000, terminal: 'POS-2' })).shiftId;
      await sellGula(w, shiftId);
      expect(await w.kasir<SyncUnsent>('sync.unsent', {})).toEqual({ configured: false, pending: 0, sales: 0, since: null });
      expect(await w.kasir('sync.sendNow', {})).toEqual({ unsent: { configured: false, pending: 0, sales: 0, since: null }, error: null });
      await w.kasir('shifts.close', closeInput(shiftId));
    } finally {
      w.h.dispose();
    }
  });
});
