// Pembulatan end to end in the core, on a real SQLite file: the sale, its payments and change, the
// drawer's expected cash, the Z report, voids and returns, the books and `kkmp verify` all agree to
// the rupiah. The sale: 3 × gula 17.000 + 1,5 kg telur × 28.500 = 93.750.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { PINS, setupShop } from '../support/shop';
import { uuidv7 } from '../../shared/ids';
import type { ReturnResult, SaleResult } from '../../shared/api/sales';
import type { ShiftInfo, ZReport } from '../../shared/api/shifts';
import type { PrintPreview } from '../../shared/api/printing';
import type { PaymentSettingsView } from '../../shared/api/payments';
import { verifyDatabase } from '../../electron/services/backup/verify';

let h: TempHost;
let kasir: Caller;
let manajer: Caller;
let shop: ReturnType<typeof setupShop>;
let shift: ShiftInfo;
const supervisor = { username: 'rina', pin: PINS.supervisor };

function sell(payments: { method: 'cash' | 'qris' | 'transfer'; amount: number; reference?: string }[]): Promise<SaleResult> {
  return kasir<SaleResult>('sales.commit', {
    id: uuidv7(),
    shiftId: shift.shiftId,
    lines: [
      { productId: shop.products.gula, qtyMilli: 3000 },
      { productId: shop.products.telur, qtyMilli: 1500 },
    ],
    payments,
  });
}

/** The sale's (or return's) journal lines on the pembulatan accounts, signed debit − credit. */
function roundingPosted(docId: string): Record<string, number> {
  const rows = h.core.db
    .prepare(
      `SELECT l.account_code AS code, SUM(l.debit - l.credit) AS net FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
       WHERE e.doc_id = ? AND l.account_code IN ('4201', '6108') GROUP BY l.account_code`,
    )
    .all(docId) as { code: string; net: number }[];
  return Object.fromEntries(rows.map((r) => [r.code, r.net]));
}

function trialBalanceOff(): number {
  return h.core.db.prepare('SELECT COALESCE(SUM(debit) - SUM(credit), 0) FROM journal_lines').pluck().get() as number;
}

const zOf = () => kasir<ZReport>('shifts.zReport', { shiftId: shift.shiftId });
const methodsSum = (m: { cash: number; qris: number; transfer: number }) => m.cash + m.qris + m.transfer;

beforeEach(async () => {
  h = openTempHost();
  shop = setupShop(h);
  kasir = await h.as('sari', PINS.kasir);
  manajer = await h.as('hendra', PINS.manajer);
  await manajer<PaymentSettingsView>('payments.saveRounding', { rule: { unit: 100, mode: 'down' } });
  shift = await kasir<ShiftInfo>('shifts.open', { openingFloat: 100_000 });
});
afterEach(() => h.dispose());

describe('a cash sale rounded down to Rp100', () => {
  it('asks 93.700 for 93.750 of goods: change, struk, Z report, drawer and books agree', async () => {
    const sale = await sell([{ method: 'cash', amount: 100_000 }]);
    expect(sale).toMatchObject({ total: 93_750, rounding: -50, paid: 100_000, change: 6_300 });

    const struk = await kasir<PrintPreview>('print.preview', { saleId: sale.saleId });
    const text = struk.lines.join('\n');
    expect(text).toMatch(/TOTAL\s+Rp93\.750/);
    expect(text).toMatch(/Pembulatan\s+-Rp50/);
    expect(text).toMatch(/TOTAL BAYAR\s+Rp93\.700/);
    expect(text).toMatch(/Kembali\s+Rp6\.300/);

    const z = await zOf();
    expect(z.rounding).toEqual({ sales: -50, voids: 0, returns: 0, net: -50 });
    expect(z.cash.expected).toBe(100_000 + 93_700);
    expect(z.netSales + z.rounding.net).toBe(methodsSum(z.sales.byMethod));

    expect(roundingPosted(sale.saleId)).toEqual({ '6108': 50 });
    expect(trialBalanceOff()).toBe(0);
    expect(verifyDatabase(h.core.db)).toEqual([]);
  });

  it('tendering 93.700 is enough; 93.699 is short by the rounded amount', async () => {
    expect((await errorOf(sell([{ method: 'cash', amount: 93_699 }]))).params).toMatchObject({ total: 93_700, short: 1 });
    expect(await sell([{ method: 'cash', amount: 93_700 }])).toMatchObject({ rounding: -50, change: 0 });
  });

  it('rounds up to the nearest Rp100 in nearest mode, a Rp25 surplus credited to pendapatan pembulatan', async () => {
    await manajer('payments.saveRounding', { rule: { unit: 100, mode: 'nearest' } });
    // 0,75 kg telur × 28.500 = 21.375 → 21.400: 75 is over half of Rp100.
    const sale = await kasir<SaleResult>('sales.commit', {
      id: uuidv7(),
      shiftId: shift.shiftId,
      lines: [{ productId: shop.products.telur, qtyMilli: 750 }],
      payments: [{ method: 'cash', amount: 50_000 }],
    });
    expect(sale).toMatchObject({ total: 21_375, rounding: 25, change: 28_600 });
    expect(roundingPosted(sale.saleId)).toEqual({ '4201': -25 });
    expect((await zOf()).cash.expected).toBe(100_000 + 21_400);
  });
});

describe('other payment methods', () => {
  it('in a split sale only the cash left after QRIS is rounded; QRIS pays its exact amount', async () => {
    const sale = await sell([
      { method: 'qris', amount: 50_000, reference: 'RRN778812' },
      { method: 'cash', amount: 50_000 },
    ]);
    expect(sale).toMatchObject({ total: 93_750, rounding: -50, change: 6_300 });
    const z = await zOf();
    expect(z.sales.byMethod).toEqual({ cash: 43_700, qris: 50_000, transfer: 0 });
    expect(z.netSales + z.rounding.net).toBe(methodsSum(z.sales.byMethod));
  });

  it('a sale paid by QRIS alone is never rounded, and needs its reference', async () => {
    expect((await errorOf(sell([{ method: 'qris', amount: 93_750 }]))).code).toBe('PAYMENT_REFERENCE_REQUIRED');
    expect(await sell([{ method: 'qris', amount: 93_750, reference: 'RRN778813' }])).toMatchObject({ rounding: 0, change: 0 });
    expect((await zOf()).rounding.net).toBe(0);
  });
});

describe('voids and returns give the rounding back', () => {
  it('a void hands back what was paid and reverses the rounding posting', async () => {
    const sale = await sell([{ method: 'cash', amount: 100_000 }]);
    await kasir('sales.void', { saleId: sale.saleId, reason: 'salah input', approval: supervisor, shiftId: shift.shiftId });
    const z = await zOf();
    expect(z.voids.byMethod.cash).toBe(93_700);
    expect(z.rounding).toEqual({ sales: -50, voids: -50, returns: 0, net: 0 });
    expect(z.cash.expected).toBe(100_000);
    expect(roundingPosted(sale.saleId)).toEqual({ '6108': 0 });
    expect(trialBalanceOff()).toBe(0);
    expect(verifyDatabase(h.core.db)).toEqual([]);
  });

  it('returned in parts, a sale refunds exactly what was paid: the part rounded up for the buyer, the last part takes the rest', async () => {
    const sale = await sell([{ method: 'cash', amount: 100_000 }]);
    const ret = (lineNo: number, qtyMilli: number) =>
      kasir<ReturnResult>('sales.return', {
        id: uuidv7(),
        saleId: sale.saleId,
        lines: [{ lineNo, qtyMilli }],
        reason: 'rusak',
        approval: supervisor,
        shiftId: shift.shiftId,
      });
    // Telur 42.750 back in cash: rounded up to 42.800 in the buyer's favour.
    const first = await ret(2, 1500);
    expect(first).toMatchObject({ refund: 42_800, rounding: 50 });
    // The gula, the rest of the sale: 51.000 less the 100 of rounding not yet given back.
    const last = await ret(1, 3000);
    expect(last).toMatchObject({ refund: 50_900, rounding: -100 });
    expect(first.refund + last.refund).toBe(93_700);

    const z = await zOf();
    expect(z.returns.total).toBe(93_750);
    expect(z.rounding).toEqual({ sales: -50, voids: 0, returns: -50, net: 0 });
    expect(z.cash.expected).toBe(100_000);
    expect(z.netSales + z.rounding.net).toBe(methodsSum(z.sales.byMethod) - methodsSum(z.returns.byMethod));
    expect(roundingPosted(first.returnId)).toEqual({ '4201': 50 });
    expect(roundingPosted(last.returnId)).toEqual({ '6108': -100 });
    expect(trialBalanceOff()).toBe(0);
    expect(verifyDatabase(h.core.db)).toEqual([]);
  });
});

describe('the rule is a setting of the manager', () => {
  it('is effective-dated and audited; a kasir cannot change it', async () => {
    const view = await manajer<PaymentSettingsView>('payments.saveRounding', { rule: { unit: 500, mode: 'down' }, validFrom: '2026-12-01' });
    expect(view.cashRounding).toEqual({ unit: 100, mode: 'down' });
    expect(view.nextCashRounding).toEqual({ rule: { unit: 500, mode: 'down' }, validFrom: '2026-12-01' });
    expect(h.core.db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'settings.cash_rounding'").pluck().get()).toBe(2);
    expect((await errorOf(kasir('payments.saveRounding', { rule: { unit: 0, mode: 'down' } }))).code).toBe('ROLE_FORBIDDEN');
    // Today's sales keep today's rule.
    expect(await sell([{ method: 'cash', amount: 100_000 }])).toMatchObject({ rounding: -50 });
  });
});
