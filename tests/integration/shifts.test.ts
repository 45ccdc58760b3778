import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { PINS, setupShop } from '../support/shop';
import { uuidv7 } from '../../shared/ids';
import type { ShiftCloseResult, ShiftInfo, ZReport } from '../../shared/api/shifts';

let h: TempHost;
let kasir: Caller;
let shop: ReturnType<typeof setupShop>;

beforeEach(async () => {
  h = openTempHost();
  shop = setupShop(h);
  kasir = await h.as('sari', PINS.kasir);
});
afterEach(() => h.dispose());

describe('shifts and the Z report', () => {
  it('opens one shift per terminal, and a sale needs it', async () => {
    expect(await kasir('shifts.current', {})).toBeNull();
    const noShift = await errorOf(
      kasir('sales.commit', { id: uuidv7(), lines: [{ productId: shop.products.gula, qtyMilli: 1000 }], payments: [{ method: 'cash', amount: 17_000 }] }),
    );
    expect(noShift.code).toBe('SHIFT_NOT_OPEN');

    const shift = await kasir<ShiftInfo>('shifts.open', { openingFloat: 200_000 });
    expect(shift).toMatchObject({ terminal: 'POS-1', username: 'sari', openingFloat: 200_000, closedAt: null });
    expect(await kasir<ShiftInfo>('shifts.current', {})).toEqual(shift);

    const budi = await h.as('budi', PINS.kasir2);
    expect(await errorOf(budi('shifts.open', { openingFloat: 100_000 }))).toEqual({
      code: 'SHIFT_ALREADY_OPEN',
      params: { terminal: 'POS-1', username: 'sari' },
    });
    // Another terminal is fine.
    expect((await budi<ShiftInfo>('shifts.open', { openingFloat: 100_000, terminal: 'POS-2' })).terminal).toBe('POS-2');
  });

  it('Z report: sales by method net of change, expected vs counted cash, per cashier; closing is audited', async () => {
    const shift = await kasir<ShiftInfo>('shifts.open', { openingFloat: 200_000 });
    const sale = (lines: { productId: string; qtyMilli: number }[], payments: unknown[]) =>
      kasir('sales.commit', { id: uuidv7(), shiftId: shift.shiftId, lines, payments });
    // 2 × 17.000 + 1,25 kg × 28.500 = 69.625, paid 100.000 cash → change 30.375
    await sale(
      [
        { productId: shop.products.gula, qtyMilli: 2000 },
        { productId: shop.products.telur, qtyMilli: 1250 },
      ],
      [{ method: 'cash', amount: 100_000 }],
    );
    await sale([{ productId: shop.products.beras, qtyMilli: 1000 }], [{ method: 'qris', amount: 65_500, reference: 'QR-001' }]);
    // Split: 15.700 × 2 = 31.400, 20.000 transfer + 20.000 cash → change 8.600
    await sale(
      [{ productId: shop.products.minyak, qtyMilli: 2000 }],
      [
        { method: 'transfer', amount: 20_000, reference: 'TRF-9' },
        { method: 'cash', amount: 20_000 },
      ],
    );

    const z = await kasir<ZReport>('shifts.zReport', { shiftId: shift.shiftId });
    expect(z.sales).toEqual({
      count: 3,
      total: 69_625 + 65_500 + 31_400,
      byMethod: { cash: 69_625 + 11_400, qris: 65_500, transfer: 20_000 },
      firstReceiptNo: 'GI-20261120-0001',
      lastReceiptNo: 'GI-20261120-0003',
    });
    expect(z.cash).toEqual({
      openingFloat: 200_000,
      cashTendered: 120_000,
      changeGiven: 38_975,
      cashRefunds: 0,
      expected: 281_025,
      counted: null,
      difference: null,
      denominations: null,
    });
    expect(z.perCashier).toEqual([expect.objectContaining({ username: 'sari', salesCount: 3, salesTotal: 166_525 })]);
    expect(z.netSales).toBe(166_525);

    // 2 × 100.000 + 1 × 50.000 + 3 × 10.000 + 1 × 1.000 = 281.000: Rp25 short
    const closed = await kasir<ShiftCloseResult>('shifts.close', { shiftId: shift.shiftId, denominations: { '100000': 2, '50000': 1, '10000': 3, '1000': 1 } });
    expect(closed).toMatchObject({ expectedCash: 281_025, countedCash: 281_000, difference: -25 });
    expect(closed.report.cash).toMatchObject({ counted: 281_000, difference: -25, denominations: { '100000': 2, '50000': 1, '10000': 3, '1000': 1 } });
    expect(closed.report.closedBy?.username).toBe('sari');
    const auditRow = h.core.db.prepare("SELECT details FROM audit_log WHERE action = 'shift.close'").get() as { details: string };
    expect(JSON.parse(auditRow.details)).toMatchObject({ expected: 281_025, counted: 281_000, difference: -25 });

    expect((await errorOf(kasir('shifts.close', { shiftId: shift.shiftId, denominations: {} }))).code).toBe('SHIFT_ALREADY_CLOSED');
    expect(await kasir('shifts.current', {})).toBeNull();
    // A closed shift takes no more sales.
    expect((await errorOf(sale([{ productId: shop.products.gula, qtyMilli: 1000 }], [{ method: 'cash', amount: 17_000 }]))).code).toBe('SHIFT_NOT_OPEN');
  });

  it("a kasir cannot close another kasir's shift, a supervisor can; unknown notes are refused", async () => {
    const shift = await kasir<ShiftInfo>('shifts.open', { openingFloat: 50_000 });
    const budi = await h.as('budi', PINS.kasir2);
    expect(await errorOf(budi('shifts.close', { shiftId: shift.shiftId, denominations: { '50000': 1 } }))).toEqual({
      code: 'SHIFT_NOT_YOURS',
      params: { username: 'sari' },
    });
    const rina = await h.as('rina', PINS.supervisor);
    expect(await errorOf(rina('shifts.close', { shiftId: shift.shiftId, denominations: { '75000': 1 } }))).toEqual({
      code: 'CASH_DENOMINATION_UNKNOWN',
      params: { denomination: 75_000 },
    });
    const closed = await rina<ShiftCloseResult>('shifts.close', { shiftId: shift.shiftId, denominations: { '50000': 1 } });
    expect(closed.difference).toBe(0);
    const list = await rina<ShiftInfo[]>('shifts.list', { from: '2026-11-20', to: '2026-11-20' });
    expect(list.map((s) => s.shiftId)).toEqual([shift.shiftId]);
    expect((await errorOf(kasir('shifts.list', { from: '2026-11-20', to: '2026-11-20' }))).code).toBe('ROLE_FORBIDDEN');
  });
});
