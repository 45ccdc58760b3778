import { afterEach, describe, expect, it } from 'vitest';
import { openHost, type Host } from '../../electron/host/host';
import { openTempHost, testKeys, type TempHost } from '../support/tempHost';
import { PINS, setupShop } from '../support/shop';
import { uuidv7 } from '../../shared/ids';
import type { SaleResult } from '../../shared/api/sales';
import type { ShiftInfo } from '../../shared/api/shifts';

let h: TempHost;
let reopened: Host | null = null;
afterEach(() => {
  reopened?.close();
  h.dispose();
});

async function caller(host: Host) {
  const login = await host.router.call('auth.login', { username: 'sari', pin: PINS.kasir }, null);
  if (!login.ok) throw new Error(`login ${login.error.code}`);
  const token = (login.result as { token: string }).token;
  return async <T>(method: string, input: unknown) => {
    const r = await host.router.call(method, input, token);
    if (!r.ok) throw new Error(r.error.code);
    return r.result as T;
  };
}

describe('receipt numbers across a restart', () => {
  it('stay gapless when the database file is closed and opened again, and a re-sent sale is not sold twice', async () => {
    h = openTempHost();
    const shop = setupShop(h);
    const before = await caller(h);
    const shift = await before<ShiftInfo>('shifts.open', { openingFloat: 0 });
    const cart = () => ({
      id: uuidv7(),
      shiftId: shift.shiftId,
      lines: [{ productId: shop.products.gula, qtyMilli: 1000 }],
      payments: [{ method: 'cash', amount: 17_000 }],
    });
    const first = cart();
    expect((await before<SaleResult>('sales.commit', first)).receiptNo).toBe('GI-20261120-0001');
    expect((await before<SaleResult>('sales.commit', cart())).receiptNo).toBe('GI-20261120-0002');
    h.close();

    // The same file, a new process's view of it (keys as before: the NIK key file in real use).
    const keys = testKeys();
    reopened = openHost({ dbFile: h.dbFile, keys, now: () => h.clock.now });
    const after = await caller(reopened);
    expect((await after<ShiftInfo | null>('shifts.current', {}))?.shiftId).toBe(shift.shiftId);
    const again = await after<SaleResult>('sales.commit', first);
    expect(again).toMatchObject({ receiptNo: 'GI-20261120-0001', replayed: true });
    expect((await after<SaleResult>('sales.commit', cart())).receiptNo).toBe('GI-20261120-0003');
    // Next business day (WITA) starts again at 0001.
    h.clock.now = new Date('2026-11-20T16:30:00Z'); // 00:30 WITA on the 21st (the 12-hour session has expired)
    const nextDay = await caller(reopened);
    expect((await nextDay<SaleResult>('sales.commit', cart())).receiptNo).toBe('GI-20261121-0001');
    expect(reopened.core.db.prepare('SELECT COUNT(*) FROM sales').pluck().get()).toBe(4);
  });
});
