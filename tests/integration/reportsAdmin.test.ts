import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { PINS, setupShop } from '../support/shop';
import { putSetting } from '../../electron/services/settings/settings';
import { backupDue, backupNow } from '../../electron/services/backup/scheduledBackup';
import { uuidv7 } from '../../shared/ids';

let h: TempHost;
let manajer: Caller;
let shop: ReturnType<typeof setupShop>;

beforeEach(async () => {
  h = openTempHost({ start: new Date('2026-11-20T01:15:00Z') }); // 09:15 WITA
  shop = setupShop(h);
  putSetting(h.core, 'sales.require_open_shift', '2000-01-01', false, null);
  manajer = await h.as('hendra', PINS.manajer);
});
afterEach(() => h.dispose());

describe('reports', () => {
  it('sales by day, hour, category, payment; margin; member vs non-member', async () => {
    h.core.db
      .prepare("INSERT INTO members (id, member_no, name, join_date, created_at) VALUES ('m1', 'A-001', 'Ibu Ani', '2026-01-01', '2026-01-01T00:00:00Z')")
      .run();
    const kasir = await h.as('sari', PINS.kasir);
    await kasir('sales.commit', { id: uuidv7(), lines: [{ productId: shop.products.gula, qtyMilli: 2_000 }], payments: [{ method: 'cash', amount: 50_000 }] });
    h.clock.now = new Date('2026-11-20T06:40:00Z'); // 14:40 WITA
    await kasir('sales.commit', {
      id: uuidv7(),
      memberId: 'm1',
      lines: [{ productId: shop.products.telur, qtyMilli: 1_500 }],
      payments: [{ method: 'qris', amount: 42_750, reference: 'QR-1' }],
    });
    const period = { from: '2026-11-01', to: '2026-11-30' };
    expect(await manajer('reports.salesByDay', period)).toEqual([{ date: '2026-11-20', sales: 2, total: 76_750, returns: 0 }]);
    const hours = await manajer<{ hour: number; sales: number }[]>('reports.salesByHour', period);
    expect(hours.filter((x) => x.sales > 0).map((x) => x.hour)).toEqual([9, 14]);
    expect(await manajer('reports.salesByPayment', period)).toEqual({
      rows: [
        { method: 'cash', payments: 1, total: 34_000 },
        { method: 'qris', payments: 1, total: 42_750 },
      ],
      rounding: 0,
      salesTotal: 76_750,
      received: 76_750,
    });
    expect(await manajer('reports.salesByCategory', period)).toEqual([{ categoryCode: null, categoryName: 'Tanpa kategori', lines: 2, total: 76_750 }]);
    const margin = await manajer<{ sku: string; revenue: number; cost: number; margin: number; marginPct: number }[]>('reports.margin', period);
    // Telur 1,5 kg: 42.750 − 25.000 × 1,5 = 5.250; gula 2: 34.000 − 30.000 = 4.000.
    expect(margin.map((m) => [m.sku, m.revenue, m.cost, m.margin, m.marginPct])).toEqual([
      ['TELUR', 42_750, 37_500, 5_250, 12.3],
      ['GULA1', 34_000, 30_000, 4_000, 11.8],
    ]);
    expect(await manajer('reports.members', period)).toEqual([
      { group: 'member', sales: 1, total: 42_750 },
      { group: 'non_member', sales: 1, total: 34_000 },
    ]);
    const lpg = await manajer<{ month: string; allocation: number; sold: number }[]>('reports.lpgAllocation', { fromMonth: '2026-10', toMonth: '2026-11' });
    expect(lpg.map((m) => [m.month, m.allocation, m.sold])).toEqual([
      ['2026-10', 250, 0],
      ['2026-11', 250, 0],
    ]);
    h.core.db.prepare('UPDATE products SET min_stock_milli = 100000 WHERE id = ?').run(shop.products.gula);
    const low = await manajer<{ sku: string; qtyMilli: number }[]>('reports.stockMinimum', { belowOnly: true });
    expect(low.map((r) => [r.sku, r.qtyMilli])).toEqual([['GULA1', 48_000]]);
  });
});

describe('users, outlet settings and backups', () => {
  it('an admin resets a PIN, deactivates a user, and the last admin is protected', async () => {
    addUser(h, 'root', 'admin', '999999');
    const admin = await h.as('root', '999999');
    expect((await errorOf(manajer('users.list'))).code).toBe('ROLE_FORBIDDEN');
    const users = await admin<{ id: string; username: string }[]>('users.list');
    const sari = users.find((u) => u.username === 'sari')!;
    await admin('users.resetPin', { userId: sari.id, pin: '5678' });
    await h.as('sari', '5678');
    await admin('users.setActive', { userId: sari.id, active: false });
    await expect(h.as('sari', '5678')).rejects.toThrow(/PIN_WRONG/);
    const rootId = users.find((u) => u.username === 'root')!.id;
    expect((await errorOf(admin('users.setActive', { userId: rootId, active: false }))).code).toBe('USER_CANNOT_DEACTIVATE_SELF');
    expect(h.core.db.prepare("SELECT action FROM audit_log WHERE action IN ('user.reset_pin', 'user.deactivate') ORDER BY id").pluck().all()).toEqual([
      'user.reset_pin',
      'user.deactivate',
    ]);
  });

  it('the outlet profile changes from today, audited; a daily backup rotates and verifies', async () => {
    addUser(h, 'root', 'admin', '999999');
    const admin = await h.as('root', '999999');
    const folder = join(h.dir, 'cadangan');
    mkdirSync(folder);
    const saved = await admin<{ name: string; nib: string; backupKeep: number }>('settings.saveOutlet', {
      name: 'KKMP Gunung Samarinda',
      nib: '1234567890123',
      backupFolder: folder,
      backupKeep: 2,
      backupDailyEnabled: true,
    });
    expect(saved).toMatchObject({ name: 'KKMP Gunung Samarinda', nib: '1234567890123', backupKeep: 2 });
    const auditRow = h.core.db.prepare("SELECT details FROM audit_log WHERE action = 'settings.outlet'").pluck().get() as string;
    expect(JSON.parse(auditRow)['outlet.name']).toEqual({ from: 'Koperasi Kelurahan Merah Putih', to: 'KKMP Gunung Samarinda' });
    expect(backupDue(h.core)).toBe(true);
    for (const t of ['2026-11-20T01:20:00Z', '2026-11-21T01:20:00Z', '2026-11-22T01:20:00Z']) {
      h.clock.now = new Date(t);
      await backupNow(h.core, null);
    }
    expect(backupDue(h.core)).toBe(false);
    const m2 = await h.as('hendra', PINS.manajer);
    const list = await m2<{ name: string }[]>('backups.list');
    expect(list.map((b) => b.name)).toEqual(['kkmp-20261122-092000.sqlite', 'kkmp-20261121-092000.sqlite']);
    expect(await m2('backups.verify', { name: list[0]!.name })).toEqual({ ok: true, problems: [] });
  });
});
