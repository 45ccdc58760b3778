// Laporan agrees with the sales total when cash is rounded (pos.cash_rounding, Rp100 down): the
// payments report shows the pembulatan as its own line, so its money less the pembulatan is the
// sales total that the day, category, member and headline figures count; a rounded return counts
// its goods amount everywhere, as the Z report does. Real SQLite file, the real router.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { PINS, setupShop } from '../support/shop';
import { uuidv7 } from '../../shared/ids';
import type { ReturnResult, SaleResult } from '../../shared/api/sales';
import type { ShiftInfo, ZReport } from '../../shared/api/shifts';

let h: TempHost;
let kasir: Caller;
let manajer: Caller;
let shop: ReturnType<typeof setupShop>;
let shift: ShiftInfo;
const period = { from: '2026-11-01', to: '2026-11-30' };

beforeEach(async () => {
  h = openTempHost({ start: new Date('2026-11-20T01:15:00Z') }); // 09:15 WITA
  shop = setupShop(h);
  kasir = await h.as('sari', PINS.kasir);
  manajer = await h.as('hendra', PINS.manajer);
  await manajer('payments.saveRounding', { rule: { unit: 100, mode: 'down' } });
  shift = await kasir<ShiftInfo>('shifts.open', { openingFloat: 100_000 });
});
afterEach(() => h.dispose());

type Payments = { rows: { method: string; payments: number; total: number }[]; rounding: number; salesTotal: number; received: number };

describe('reports with pembulatan', () => {
  it('the payments report lists pembulatan; every report sums to the same sales total', async () => {
    // 3 gula × 17.000 + 1,5 kg telur × 28.500 = 93.750, paid in cash: asked 93.700.
    const rounded = await kasir<SaleResult>('sales.commit', {
      id: uuidv7(),
      shiftId: shift.shiftId,
      lines: [
        { productId: shop.products.gula, qtyMilli: 3000 },
        { productId: shop.products.telur, qtyMilli: 1500 },
      ],
      payments: [{ method: 'cash', amount: 100_000 }],
    });
    expect(rounded).toMatchObject({ total: 93_750, rounding: -50 });
    // 0,75 kg telur = 21.375 by QRIS: never rounded.
    await kasir<SaleResult>('sales.commit', {
      id: uuidv7(),
      shiftId: shift.shiftId,
      lines: [{ productId: shop.products.telur, qtyMilli: 750 }],
      payments: [{ method: 'qris', amount: 21_375, reference: 'RRN5501' }],
    });
    const salesTotal = 93_750 + 21_375;

    const pay = await manajer<Payments>('reports.salesByPayment', period);
    expect(pay.rows).toEqual([
      { method: 'cash', payments: 1, total: 93_700 },
      { method: 'qris', payments: 1, total: 21_375 },
    ]);
    expect(pay).toMatchObject({ rounding: -50, salesTotal, received: salesTotal - 50 });
    expect(pay.rows.reduce((s, r) => s + r.total, 0)).toBe(pay.received);

    const byDay = await manajer<{ total: number }[]>('reports.salesByDay', period);
    const byCategory = await manajer<{ total: number }[]>('reports.salesByCategory', period);
    const members = await manajer<{ total: number }[]>('reports.members', period);
    const head = await manajer<{ omzet: number }>('reports.headline', period);
    const sum = (rows: { total: number }[]) => rows.reduce((s, r) => s + r.total, 0);
    expect([sum(byDay), sum(byCategory), sum(members), head.omzet]).toEqual([salesTotal, salesTotal, salesTotal, salesTotal]);

    // The Z report of the same shift: its net sales plus its pembulatan are the money by method.
    const z = await kasir<ZReport>('shifts.zReport', { shiftId: shift.shiftId });
    expect(z.netSales).toBe(pay.salesTotal);
    expect(z.rounding.net).toBe(pay.rounding);
  });

  it('a rounded return counts its goods amount in the day report and the headline, like the Z report', async () => {
    const sale = await kasir<SaleResult>('sales.commit', {
      id: uuidv7(),
      shiftId: shift.shiftId,
      lines: [
        { productId: shop.products.gula, qtyMilli: 3000 },
        { productId: shop.products.telur, qtyMilli: 1500 },
      ],
      payments: [{ method: 'cash', amount: 100_000 }],
    });
    // Telur 42.750 back in cash, rounded to 42.800 in the buyer's favour.
    const ret = await kasir<ReturnResult>('sales.return', {
      id: uuidv7(),
      saleId: sale.saleId,
      lines: [{ lineNo: 2, qtyMilli: 1500 }],
      reason: 'telur pecah',
      approval: { username: 'rina', pin: PINS.supervisor },
      shiftId: shift.shiftId,
    });
    expect(ret).toMatchObject({ refund: 42_800, rounding: 50 });
    const byDay = await manajer<{ returns: number }[]>('reports.salesByDay', period);
    const head = await manajer<{ returns: number }>('reports.headline', period);
    const z = await kasir<ZReport>('shifts.zReport', { shiftId: shift.shiftId });
    expect(byDay.map((d) => d.returns)).toEqual([42_750]);
    expect(head.returns).toBe(42_750);
    expect(z.returns.total).toBe(42_750);
  });
});
