// The database file read-only, locked by another connection, or the disk full: the cashier gets a
// clear code (DB_READ_ONLY / DB_BUSY / DB_DISK_FULL), nothing is half-written, and once the fault
// is gone the same sale (same id) commits with the next gapless number.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { PINS, setupShop } from '../support/shop';
import { createRouter } from '../../electron/host/router';
import { allMethods } from '../../electron/host/methods';
import { verifyDatabase } from '../../electron/services/backup/verify';
import { uuidv7 } from '../../shared/ids';
import type { ShiftInfo } from '../../shared/api/shifts';
import type { SaleResult } from '../../shared/api/sales';

let h: TempHost;
let kasir: Caller;
let shop: ReturnType<typeof setupShop>;
let shiftId: string;

const counts = () =>
  h.core.db
    .prepare(
      `SELECT (SELECT COUNT(*) FROM sales) || ':' || (SELECT COUNT(*) FROM sale_lines) || ':' || (SELECT COUNT(*) FROM stock_moves) || ':' || (SELECT COUNT(*) FROM audit_log) || ':' || (SELECT COALESCE(SUM(last_no), 0) FROM receipt_counters)`,
    )
    .pluck()
    .get();
const cart = () => ({
  id: uuidv7(),
  shiftId,
  lines: [
    { productId: shop.products.gula, qtyMilli: 2000 },
    { productId: shop.products.telur, qtyMilli: 750 },
  ],
  payments: [{ method: 'cash', amount: 100_000 }],
});

beforeEach(async () => {
  h = openTempHost();
  shop = setupShop(h);
  kasir = await h.as('sari', PINS.kasir);
  shiftId = (await kasir<ShiftInfo>('shifts.open', { openingFloat: 0 })).shiftId;
});
afterEach(() => h.dispose());

describe('database faults reach the cashier as clear codes, with nothing half-written', () => {
  it('read-only database file (mock: a read-only connection, as tests run as root) → DB_READ_ONLY', async () => {
    const login = await h.router.call('auth.login', { username: 'sari', pin: PINS.kasir }, null);
    const token = (login as { result: { token: string } }).result.token;
    const ro = new Database(h.dbFile, { readonly: true });
    try {
      const router = createRouter({ ...h.core, db: ro }, allMethods, h.events, () => {});
      const before = counts();
      const r = await router.call('sales.commit', cart(), token);
      expect(r).toEqual({ ok: false, error: { code: 'DB_READ_ONLY', params: {} } });
      expect(counts()).toBe(before);
    } finally {
      ro.close();
    }
  });

  it('another connection holds the write lock beyond the busy timeout → DB_BUSY; afterwards the same sale commits', async () => {
    h.core.db.pragma('busy_timeout = 150');
    const other = new Database(h.dbFile);
    const input = cart();
    const before = counts();
    other.exec('BEGIN IMMEDIATE');
    try {
      expect(await errorOf(kasir('sales.commit', input))).toEqual({ code: 'DB_BUSY', params: {} });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(counts()).toBe(before);
    const sale = await kasir<SaleResult>('sales.commit', input);
    expect(sale.receiptNo).toBe('GI-20261120-0001');
    expect(verifyDatabase(h.core.db)).toEqual([]);
  });

  it('disk full (mock: PRAGMA max_page_count at the current size) → DB_DISK_FULL, then the retry gets the next number', async () => {
    await kasir('sales.commit', cart());
    const pages = h.core.db.pragma('page_count', { simple: true }) as number;
    h.core.db.pragma(`max_page_count = ${pages}`);
    const big = { ...cart(), lines: Array.from({ length: 300 }, () => ({ productId: shop.products.telur, qtyMilli: 10 })) };
    const before = counts();
    expect(await errorOf(kasir('sales.commit', big))).toEqual({ code: 'DB_DISK_FULL', params: {} });
    expect(counts()).toBe(before);
    h.core.db.pragma('max_page_count = 1073741823');
    const sale = await kasir<SaleResult>('sales.commit', big);
    expect(sale.receiptNo).toBe('GI-20261120-0002');
    expect(sale.lines).toHaveLength(300);
    expect(verifyDatabase(h.core.db)).toEqual([]);
  });
});
