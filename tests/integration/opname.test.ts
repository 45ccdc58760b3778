import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { createProduct } from '../../electron/services/catalog/catalog';
import { putSetting } from '../../electron/services/settings/settings';
import type { OpnameView } from '../../electron/services/opname/opname';
import { uuidv7 } from '../../shared/ids';

const PIN = { username: 'budi', pin: '222222' };
let h: TempHost;
let manajer: Caller;
let gula: string;
let telur: string;

interface Page {
  summary: { openingMilli: number; inMilli: number; outMilli: number; closingMilli: number; moves: number } | null;
  rows: { kind: string; inMilli: number; outMilli: number; balanceMilli: number; document: string; atLocal: string; user: string | null }[];
  next: { at: string; id: number; balanceMilli: number } | null;
}

beforeEach(async () => {
  h = openTempHost({ start: new Date('2026-11-10T01:00:00Z') });
  addUser(h, 'budi', 'manajer', '222222');
  addUser(h, 'sari', 'kasir', '1111');
  putSetting(h.core, 'sales.require_open_shift', '2000-01-01', false, null);
  gula = createProduct(
    h.core,
    { sku: 'GULA1', name: 'Gula pasir 1 kg', unit: 'pcs', soldBy: 'piece', barcodes: ['08991234567891'], price: { amount: 17_000, validFrom: '2026-01-01' } },
    null,
  );
  telur = createProduct(h.core, { sku: 'TELUR', name: 'Telur ayam', unit: 'kg', soldBy: 'weight', price: { amount: 28_500, validFrom: '2026-01-01' } }, null);
  manajer = await h.as('budi', '222222');
  // Goods arrive on the 10th through a delivery, a sale on the 15th.
  const d = await manajer<{ id: string }>('deliveries.create', {
    source: 'OTHER',
    supplier: 'CV Sumber Rejeki',
    docNo: 'SJ-100',
    deliveryDate: '2026-11-10',
    lines: [
      { productId: gula, expectedMilli: 40_000, unitCost: 15_000 },
      { productId: telur, expectedMilli: 10_000, unitCost: 25_000 },
    ],
  });
  await manajer('deliveries.count', {
    deliveryId: d.id,
    lines: [
      { lineNo: 1, countedMilli: 40_000 },
      { lineNo: 2, countedMilli: 10_000 },
    ],
  });
  await manajer('deliveries.post', { deliveryId: d.id });
  h.clock.now = new Date('2026-11-15T03:00:00Z');
  const kasir = await h.as('sari', '1111');
  await kasir('sales.commit', { id: uuidv7(), lines: [{ productId: gula, qtyMilli: 5_000 }], payments: [{ method: 'cash', amount: 100_000 }] });
  manajer = await h.as('budi', '222222');
});
afterEach(() => h.dispose());

describe('stock opname', () => {
  it('posts variances as opname moves valued at average cost, and the kartu stok balances', async () => {
    h.clock.now = new Date('2026-11-20T08:00:00Z');
    manajer = await h.as('budi', '222222');
    const o = await manajer<OpnameView>('opname.start', { title: 'Opname November' });
    expect(o.lines.map((l) => [l.sku, l.systemMilli])).toEqual([
      ['GULA1', 35_000],
      ['TELUR', 10_000],
    ]);
    // Scanned twice on screen (add), and a weighed product typed in.
    await manajer('opname.count', { opnameId: o.id, barcode: '8991234567891', qtyMilli: 20_000, mode: 'add' });
    await manajer('opname.count', { opnameId: o.id, barcode: '8991234567891', qtyMilli: 13_000, mode: 'add' });
    expect(await errorOf(manajer('opname.post', { opnameId: o.id, approval: PIN }))).toEqual({
      code: 'OPNAME_NOT_COUNTED',
      params: { sku: 'TELUR', missing: 1 },
    });
    await manajer('opname.count', { opnameId: o.id, productId: telur, qtyMilli: 10_250, mode: 'set' });
    const review = await manajer<OpnameView>('opname.get', { opnameId: o.id });
    expect(review.lines.map((l) => [l.sku, l.varianceMilli, l.varianceValue])).toEqual([
      ['GULA1', -2_000, -30_000],
      ['TELUR', 250, 6_250],
    ]);
    expect(review.varianceValue).toBe(-23_750);

    h.clock.now = new Date('2026-11-20T09:00:00Z');
    const posted = await manajer<OpnameView>('opname.post', { opnameId: o.id, approval: PIN });
    expect(posted.status).toBe('posted');
    const moves = h.core.db.prepare("SELECT product_id, qty_milli, unit_cost FROM stock_moves WHERE kind = 'opname' ORDER BY id").all();
    expect(moves).toEqual([
      { product_id: gula, qty_milli: -2_000, unit_cost: 15_000 },
      { product_id: telur, qty_milli: 250, unit_cost: 25_000 },
    ]);

    // Kartu stok for November: opening + in − out = closing = stock_balances, page by page.
    const first = await manajer<Page>('kartuStok.page', { productId: gula, from: '2026-11-01', to: '2026-11-30', limit: 2 });
    expect(first.summary).toEqual(expect.objectContaining({ openingMilli: 0, inMilli: 40_000, outMilli: 7_000, closingMilli: 33_000, moves: 3 }));
    expect(first.rows.map((r) => [r.kind, r.inMilli, r.outMilli, r.balanceMilli])).toEqual([
      ['receipt', 40_000, 0, 40_000],
      ['sale', 0, 5_000, 35_000],
    ]);
    expect(first.rows[0]!.document).toBe('SJ-100');
    expect(first.rows[0]!.atLocal).toBe('2026-11-10 09:00:00');
    expect(first.rows[1]!.document).toBe('GI-20261115-0001');
    const second = await manajer<Page>('kartuStok.page', { productId: gula, from: '2026-11-01', to: '2026-11-30', limit: 2, cursor: first.next });
    expect(second.rows.map((r) => [r.kind, r.document, r.balanceMilli, r.user])).toEqual([['opname', 'Opname November', 33_000, 'budi']]);
    expect(second.next).toBeNull();
    const onHand = h.core.db.prepare('SELECT qty_milli FROM stock_balances WHERE product_id = ?').get(gula) as { qty_milli: number };
    expect(onHand.qty_milli).toBe(33_000);

    // A later period opens with the closing balance.
    const dec = await manajer<Page>('kartuStok.page', { productId: gula, from: '2026-12-01', to: '2026-12-31' });
    expect(dec.summary).toEqual(expect.objectContaining({ openingMilli: 33_000, closingMilli: 33_000, moves: 0 }));
  });

  it('with the freeze setting on, a sale during an open count is refused and nothing is written', async () => {
    putSetting(h.core, 'opname.freeze_sales', '2000-01-01', true, null);
    await manajer('opname.start', { title: 'Opname mingguan', productIds: [gula] });
    const kasir = await h.as('sari', '1111');
    const err = await errorOf(
      kasir('sales.commit', { id: uuidv7(), lines: [{ productId: telur, qtyMilli: 1_000 }], payments: [{ method: 'cash', amount: 50_000 }] }),
    );
    expect(err).toEqual({ code: 'SALES_FROZEN_OPNAME', params: { title: 'Opname mingguan' } });
    expect(h.core.db.prepare('SELECT COUNT(*) AS n FROM sales').get()).toEqual({ n: 1 });
  });

  it('an adjustment with a reason is audited and cannot take stock below zero', async () => {
    const r = await manajer<{ balanceMilli: number }>('stock.adjust', { productId: gula, qtyMilli: -1_000, reason: 'damage', note: 'Kemasan bocor' });
    expect(r.balanceMilli).toBe(34_000);
    const audit = h.core.db.prepare("SELECT details FROM audit_log WHERE action = 'stock.adjust'").get() as { details: string };
    expect(JSON.parse(audit.details)).toMatchObject({ sku: 'GULA1', qtyMilli: -1_000, reason: 'damage' });
    expect((await errorOf(manajer('stock.adjust', { productId: gula, qtyMilli: 1_000, reason: 'lost', note: 'hilang' }))).code).toBe('ADJUST_MUST_REDUCE');
    expect((await errorOf(manajer('stock.adjust', { productId: gula, qtyMilli: -99_000, reason: 'lost', note: 'hilang' }))).code).toBe('STOCK_INSUFFICIENT');
  });
});
