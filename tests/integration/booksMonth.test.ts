// The hand-worked month of docs/books.md, run through the router on a real SQLite file: the
// neraca saldo the operations wrote must equal the table in the doc, line for line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids';
import type { Statement, TrialBalance } from '../../shared/api/books';
import { createProduct } from '../../electron/services/catalog/catalog';
import { addUser, openTempHost, type TempHost } from '../support/tempHost';

function docTable(): { accountCode: string; accountName: string; debit: number; credit: number }[] {
  const text = readFileSync(join(__dirname, '../../docs/books.md'), 'utf8');
  const block = text.split('<!-- month-trial-balance:start -->')[1]!.split('<!-- month-trial-balance:end -->')[0]!;
  return block
    .split('\n')
    .filter((l) => /^\| \d/.test(l))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    )
    .map(([accountCode, accountName, debit, credit]) => ({
      accountCode: accountCode!,
      accountName: accountName!,
      debit: Number(debit),
      credit: Number(credit),
    }));
}

let h: TempHost;
afterEach(() => h?.dispose());

describe('the hand-worked month of docs/books.md', () => {
  it('gives the neraca saldo, laba rugi and neraca the doc works out by hand', async () => {
    h = openTempHost({ start: new Date('2026-11-02T01:00:00Z') });
    addUser(h, 'sari', 'kasir', '1111');
    addUser(h, 'rina', 'supervisor', '3333');
    addUser(h, 'hendra', 'manajer', '444444');
    const gula = createProduct(
      h.core,
      { sku: 'GULA1', name: 'Gula 1 kg', unit: 'pcs', soldBy: 'piece', price: { amount: 17_000, validFrom: '2026-01-01' } },
      null,
    );
    const minyak = createProduct(
      h.core,
      { sku: 'MK1', name: 'Minyakita 1 L', unit: 'pcs', soldBy: 'piece', subsidyProgram: 'MINYAKITA', price: { amount: 15_700, validFrom: '2026-01-01' } },
      null,
    );
    const kasir = await h.as('sari', '1111');
    const manajer = await h.as('hendra', '444444');

    const ani = await manajer<{ id: string }>('members.create', { name: 'Ani', joinDate: '2026-11-02', payPokok: true });
    await manajer('simpanan.deposit', { memberId: ani.id, kind: 'wajib', months: 1, method: 'cash' });

    const d = await manajer<{ id: string }>('deliveries.create', {
      source: 'OTHER',
      supplier: 'Toko Grosir Sembako',
      docNo: 'SJ-1',
      deliveryDate: '2026-11-02',
      lines: [
        { productId: gula, expectedMilli: 20_000, unitCost: 15_000 },
        { productId: minyak, expectedMilli: 10_000, unitCost: 14_000 },
      ],
    });
    await manajer('deliveries.count', {
      deliveryId: d.id,
      lines: [
        { lineNo: 1, countedMilli: 20_000 },
        { lineNo: 2, countedMilli: 10_000, damagedMilli: 1000, reason: 'botol pecah' },
      ],
    });
    await manajer('deliveries.post', { deliveryId: d.id });

    const shift = await kasir<{ shiftId: string }>('shifts.open', { openingFloat: 100_000, terminal: 'POS-1' });
    await kasir('sales.commit', {
      id: uuidv7(),
      shiftId: shift.shiftId,
      memberId: ani.id,
      lines: [{ productId: gula, qtyMilli: 2000 }],
      payments: [{ method: 'cash', amount: 50_000 }],
    });
    await kasir('sales.commit', {
      id: uuidv7(),
      shiftId: shift.shiftId,
      lines: [
        { productId: gula, qtyMilli: 1000 },
        { productId: minyak, qtyMilli: 2000 },
      ],
      payments: [{ method: 'qris', amount: 48_400, reference: 'QR-1' }],
    });
    const voided = uuidv7();
    await kasir('sales.commit', {
      id: voided,
      shiftId: shift.shiftId,
      lines: [{ productId: gula, qtyMilli: 1000 }],
      payments: [{ method: 'cash', amount: 20_000 }],
    });
    await kasir('sales.void', { saleId: voided, reason: 'salah input', approval: { username: 'rina', pin: '3333' }, shiftId: shift.shiftId });
    const closed = await kasir<{ difference: number }>('shifts.close', {
      shiftId: shift.shiftId,
      denominations: { '100000': 1, '20000': 1, '10000': 1, '2000': 1, '1000': 1 },
    });
    expect(closed.difference).toBe(-1000);

    await manajer('deliveries.pay', { deliveryId: d.id, amount: 50_000, paidOn: '2026-11-02', method: 'cash' });
    const op = await manajer<{ id: string }>('opname.start', { title: 'Akhir bulan', productIds: [gula] });
    await manajer('opname.count', { opnameId: op.id, productId: gula, qtyMilli: 16_000, mode: 'set' });
    await manajer('opname.post', { opnameId: op.id, approval: { username: 'hendra', pin: '444444' } });

    const tb = await manajer<TrialBalance>('books.trialBalance', { to: '2026-11-30' });
    expect(tb.rows).toEqual(docTable());
    expect(tb.totalDebit).toBe(518_400);
    expect(tb.totalCredit).toBe(518_400);

    const lr = await manajer<Statement>('books.statement', { kind: 'laba-rugi', from: '2026-11-01', to: '2026-11-30' });
    expect(lr.rows.find((r) => r.label === 'SHU tahun berjalan')!.values[0]).toBe(-6600);
    const neraca = await manajer<Statement>('books.statement', { kind: 'neraca', from: '2026-11-01', to: '2026-11-30' });
    expect(neraca.balanced).toBe(true);
    expect(neraca.rows.find((r) => r.label === 'Jumlah aset')!.values).toEqual([429_400, 0]);
    const stockValue = h.core.db.prepare('SELECT SUM(qty_milli * avg_cost / 1000) FROM stock_balances').pluck().get();
    expect(stockValue).toBe(240_000 + 98_000);
  });
});
