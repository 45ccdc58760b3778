import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { PINS, onHand, setupShop } from '../support/shop';
import { uuidv7 } from '../../shared/ids';
import type { ReturnResult, SaleResult } from '../../shared/api/sales';
import type { ShiftInfo, ZReport } from '../../shared/api/shifts';
import type { SaleRule } from '../../electron/services/sales/saleRules';

let h: TempHost;
let kasir: Caller;
let shop: ReturnType<typeof setupShop>;
let shift: ShiftInfo;
const supervisor = { username: 'rina', pin: PINS.supervisor };

const count = (sql: string, ...p: unknown[]) =>
  h.core.db
    .prepare(sql)
    .pluck()
    .get(...p) as number;

async function sell(): Promise<SaleResult> {
  // 3 × gula 17.000 + 1,5 kg telur × 28.500 = 51.000 + 42.750 = 93.750; cash 100.000 → change 6.250
  return kasir<SaleResult>('sales.commit', {
    id: uuidv7(),
    shiftId: shift.shiftId,
    lines: [
      { productId: shop.products.gula, qtyMilli: 3000 },
      { productId: shop.products.telur, qtyMilli: 1500 },
    ],
    payments: [{ method: 'cash', amount: 100_000 }],
  });
}

beforeEach(async () => {
  h = openTempHost();
  shop = setupShop(h);
  kasir = await h.as('sari', PINS.kasir);
  shift = await kasir<ShiftInfo>('shifts.open', { openingFloat: 100_000 });
});
afterEach(() => h.dispose());

describe('void a whole sale', () => {
  it('with a supervisor PIN: stock comes back through void moves, the receipt number stays, it is audited', async () => {
    const sale = await sell();
    expect(onHand(h, shop.products.gula)).toBe(47_000);
    const voided = await kasir<SaleResult>('sales.void', { saleId: sale.saleId, reason: 'salah input', approval: supervisor, shiftId: shift.shiftId });
    expect(voided).toMatchObject({ status: 'voided', receiptNo: sale.receiptNo, total: 93_750, voidReason: 'salah input' });
    expect(onHand(h, shop.products.gula)).toBe(50_000);
    expect(onHand(h, shop.products.telur)).toBe(20_000);
    // Nothing edited: the sale moves are still there, the void moves added.
    expect(h.core.db.prepare('SELECT kind, qty_milli FROM stock_moves WHERE doc_id = ? ORDER BY id').all(sale.saleId)).toEqual([
      { kind: 'sale', qty_milli: -3000 },
      { kind: 'sale', qty_milli: -1500 },
      { kind: 'void', qty_milli: 3000 },
      { kind: 'void', qty_milli: 1500 },
    ]);
    const entry = h.core.db.prepare("SELECT user_id, details FROM audit_log WHERE action = 'sale.void'").get() as { user_id: string; details: string };
    expect(entry.user_id).toBe(shop.users.kasir);
    expect(JSON.parse(entry.details)).toMatchObject({ receiptNo: sale.receiptNo, approvedBy: 'rina', reason: 'salah input' });
    // The next sale continues the sequence: the voided number is not reused.
    expect((await sell()).receiptNo).toBe('GI-20261120-0002');
    expect((await errorOf(kasir('sales.void', { saleId: sale.saleId, reason: 'lagi', approval: supervisor, shiftId: shift.shiftId }))).code).toBe(
      'SALE_ALREADY_VOIDED',
    );
    // The drawer paid the cash back: Z report shows it.
    const z = await kasir<ZReport>('shifts.zReport', { shiftId: shift.shiftId });
    expect(z.voids).toEqual({ count: 1, total: 93_750, byMethod: { cash: 93_750, qris: 0, transfer: 0 }, receiptNos: [sale.receiptNo] });
    expect(z.cash.expected).toBe(100_000 + 200_000 - 12_500 - 93_750);
    expect(z.netSales).toBe(93_750);
  });

  it("without a valid supervisor PIN nothing is written: wrong PIN, a kasir's PIN, no such user (the same answer as a wrong PIN)", async () => {
    const sale = await sell();
    const before = { moves: count('SELECT COUNT(*) FROM stock_moves'), audit: count("SELECT COUNT(*) FROM audit_log WHERE action = 'sale.void'") };
    expect(
      await errorOf(kasir('sales.void', { saleId: sale.saleId, reason: 'salah input', approval: { username: 'rina', pin: '9999' }, shiftId: shift.shiftId })),
    ).toEqual({ code: 'PIN_WRONG', params: {} });
    expect(
      await errorOf(
        kasir('sales.void', { saleId: sale.saleId, reason: 'salah input', approval: { username: 'budi', pin: PINS.kasir2 }, shiftId: shift.shiftId }),
      ),
    ).toEqual({ code: 'APPROVER_ROLE_REQUIRED', params: { username: 'budi' } });
    expect(
      await errorOf(kasir('sales.void', { saleId: sale.saleId, reason: 'salah input', approval: { username: 'nobody', pin: '1234' }, shiftId: shift.shiftId })),
    ).toEqual({ code: 'PIN_WRONG', params: {} });
    expect((await errorOf(kasir('sales.void', { saleId: sale.saleId, reason: 'x', approval: supervisor }))).code).toBe('INPUT_INVALID');
    expect((await kasir<SaleResult>('sales.get', { saleId: sale.saleId })).status).toBe('completed');
    expect(count('SELECT COUNT(*) FROM stock_moves')).toBe(before.moves);
    expect(count("SELECT COUNT(*) FROM audit_log WHERE action = 'sale.void'")).toBe(before.audit);
  });
});

describe('return after payment', () => {
  it('partial returns by line refund exact amounts; the last part refunds what is left of the line', async () => {
    const sale = await sell();
    const r1 = await kasir<ReturnResult>('sales.return', {
      id: uuidv7(),
      saleId: sale.saleId,
      lines: [{ lineNo: 2, qtyMilli: 333 }],
      reason: 'telur pecah',
      approval: supervisor,
      shiftId: shift.shiftId,
    });
    // 42.750 × 333/1500 = 9.490,5 → 9.491 (half-up)
    expect(r1).toMatchObject({ refund: 9_491, method: 'cash', approvedBy: 'rina', receiptNo: sale.receiptNo, replayed: false });
    const r2 = await kasir<ReturnResult>('sales.return', {
      id: uuidv7(),
      saleId: sale.saleId,
      lines: [
        { lineNo: 2, qtyMilli: 1167 },
        { lineNo: 1, qtyMilli: 1000 },
      ],
      reason: 'tidak jadi',
      approval: supervisor,
      shiftId: shift.shiftId,
      method: 'transfer',
    });
    expect(r2.lines).toEqual([
      expect.objectContaining({ lineNo: 1, sku: 'GULA1', qtyMilli: 1000, amount: 17_000 }),
      expect.objectContaining({ lineNo: 2, sku: 'TELUR', qtyMilli: 1167, amount: 42_750 - 9_491 }),
    ]);
    expect(onHand(h, shop.products.telur)).toBe(20_000);
    expect(onHand(h, shop.products.gula)).toBe(48_000);
    const after = await kasir<SaleResult>('sales.get', { saleId: sale.saleId });
    expect(after.lines.map((l) => l.returnedQtyMilli)).toEqual([1000, 1500]);
    expect(
      await errorOf(
        kasir('sales.return', {
          id: uuidv7(),
          saleId: sale.saleId,
          lines: [{ lineNo: 1, qtyMilli: 3000 }],
          reason: 'lagi lagi',
          approval: supervisor,
          shiftId: shift.shiftId,
        }),
      ),
    ).toEqual({ code: 'RETURN_QTY_EXCEEDS', params: { lineNo: 1, sku: 'GULA1', name: 'Gula pasir 1 kg', left: '2', unit: 'pcs' } });
    expect(
      (
        await errorOf(
          kasir('sales.return', {
            id: uuidv7(),
            saleId: sale.saleId,
            lines: [{ lineNo: 1, qtyMilli: 500 }],
            reason: 'setengah',
            approval: supervisor,
            shiftId: shift.shiftId,
          }),
        )
      ).code,
    ).toBe('QTY_NOT_WHOLE');
    expect(
      (
        await errorOf(
          kasir('sales.return', {
            id: uuidv7(),
            saleId: sale.saleId,
            lines: [{ lineNo: 9, qtyMilli: 1000 }],
            reason: 'tidak ada',
            approval: supervisor,
            shiftId: shift.shiftId,
          }),
        )
      ).code,
    ).toBe('RETURN_LINE_UNKNOWN');
    // A sale with returns cannot be voided as a whole.
    expect((await errorOf(kasir('sales.void', { saleId: sale.saleId, reason: 'salah', approval: supervisor, shiftId: shift.shiftId }))).code).toBe(
      'SALE_HAS_RETURNS',
    );

    const z = await kasir<ZReport>('shifts.zReport', { shiftId: shift.shiftId });
    expect(z.returns).toEqual({ count: 2, total: 9_491 + 17_000 + 33_259, byMethod: { cash: 9_491, qris: 0, transfer: 50_259 } });
    expect(z.cash.cashRefunds).toBe(9_491);
    expect(z.cash.expected).toBe(100_000 + 100_000 - 6_250 - 9_491);
    expect(z.perCashier[0]).toMatchObject({ username: 'sari', returnsCount: 2, refundsTotal: 59_750 });
    expect((await kasir<ReturnResult[]>('sales.returns', { saleId: sale.saleId })).map((r) => r.refund)).toEqual([9_491, 50_259]);
  });

  it('a repeated return id returns the first result; a kasir PIN is refused; a voided sale takes no return', async () => {
    const sale = await sell();
    const input = { id: uuidv7(), saleId: sale.saleId, lines: [{ lineNo: 1, qtyMilli: 1000 }], reason: 'rusak', approval: supervisor, shiftId: shift.shiftId };
    const first = await kasir<ReturnResult>('sales.return', input);
    const again = await kasir<ReturnResult>('sales.return', input);
    expect(again).toEqual({ ...first, replayed: true });
    expect(onHand(h, shop.products.gula)).toBe(48_000);
    expect(await errorOf(kasir('sales.return', { ...input, id: uuidv7(), approval: { username: 'sari', pin: PINS.kasir } }))).toEqual({
      code: 'APPROVER_ROLE_REQUIRED',
      params: { username: 'sari' },
    });
    const other = await sell();
    await kasir('sales.void', { saleId: other.saleId, reason: 'batal', approval: supervisor, shiftId: shift.shiftId });
    expect((await errorOf(kasir('sales.return', { ...input, id: uuidv7(), saleId: other.saleId }))).code).toBe('SALE_VOIDED');
    expect((await kasir<SaleResult>('sales.byReceipt', { receiptNo: other.receiptNo })).saleId).toBe(other.saleId);
  });

  it('sale rules see voids and returns in the same transaction (afterVoid / afterReturn hooks)', async () => {
    const seen: string[] = [];
    const rule: SaleRule = {
      name: 'spy',
      check: () => [],
      afterVoid: (_core, saleId) => seen.push(`void ${saleId}`),
      afterReturn: (_core, saleId, lines) => seen.push(`return ${saleId} ${lines.map((l) => `${l.lineNo}:${l.qtyMilli}:${l.amount}`).join(',')}`),
    };
    h.core.saleRules.push(rule);
    const a = await sell();
    await kasir('sales.return', {
      id: uuidv7(),
      saleId: a.saleId,
      lines: [{ lineNo: 1, qtyMilli: 2000 }],
      reason: 'rusak',
      approval: supervisor,
      shiftId: shift.shiftId,
    });
    const b = await sell();
    await kasir('sales.void', { saleId: b.saleId, reason: 'batal', approval: supervisor, shiftId: shift.shiftId });
    expect(seen).toEqual([`return ${a.saleId} 1:2000:34000`, `void ${b.saleId}`]);
  });
});
