import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { createProduct } from '../../electron/services/catalog/catalog';
import type { DeliveryView } from '../../electron/services/deliveries/deliveries';

let h: TempHost;
let manajer: Caller;
let beras: string;
let minyak: string;
let lpgIsi: string;
let lpgKosong: string;

const moves = (docId: string) =>
  h.core.db
    .prepare(
      'SELECT p.sku, m.qty_milli, m.kind, m.unit_cost, m.note FROM stock_moves m JOIN products p ON p.id = m.product_id WHERE m.doc_id = ? ORDER BY m.id',
    )
    .all(docId) as {
    sku: string;
    qty_milli: number;
    kind: string;
    unit_cost: number | null;
    note: string | null;
  }[];
const onHand = (id: string) =>
  (h.core.db.prepare('SELECT qty_milli, avg_cost FROM stock_balances WHERE product_id = ?').get(id) as { qty_milli: number; avg_cost: number } | undefined) ??
  null;

beforeEach(async () => {
  h = openTempHost();
  addUser(h, 'budi', 'manajer', '222222');
  addUser(h, 'sari', 'kasir', '1111');
  beras = createProduct(h.core, { sku: 'SPHP5', name: 'Beras SPHP 5 kg', unit: 'sak', soldBy: 'piece', subsidyProgram: 'SPHP', packSizeMilli: 5000 }, null);
  minyak = createProduct(h.core, { sku: 'MKITA1', name: 'Minyakita 1 L', unit: 'pcs', soldBy: 'piece', subsidyProgram: 'MINYAKITA' }, null);
  lpgIsi = createProduct(h.core, { sku: 'LPG3', name: 'LPG 3 kg isi ulang', unit: 'tabung', soldBy: 'piece', subsidyProgram: 'LPG3', lpgKind: 'refill' }, null);
  lpgKosong = createProduct(h.core, { sku: 'LPG3-KOSONG', name: 'Tabung LPG 3 kg kosong', unit: 'tabung', soldBy: 'piece', lpgKind: 'empty' }, null);
  manajer = await h.as('budi', '222222');
});
afterEach(() => h.dispose());

const bulogDelivery = {
  source: 'BULOG',
  supplier: 'Bulog Kanwil Kaltim-Kaltara',
  docNo: 'DO-2026-11-0042',
  klikSphpRef: 'KSPHP-889123',
  deliveryDate: '2026-11-20',
  warehouse: 'Gudang Bulog Balikpapan',
  vehicle: 'KT 8123 AB',
  driver: 'Pak Rahmat',
};

describe('Bulog delivery with a short line and a damaged sack', () => {
  it('posts good quantities as receipts at the unit cost, keeps the damaged sack out of stock, and shows the discrepancies', async () => {
    const d = await manajer<DeliveryView>('deliveries.create', {
      ...bulogDelivery,
      lines: [
        { productId: beras, expectedMilli: 20_000, unitCost: 56_500 },
        { productId: minyak, expectedMilli: 24_000, unitCost: 14_000 },
      ],
    });
    expect(d.status).toBe('draft');
    expect(moves(d.id)).toEqual([]);

    // A line that differs needs a reason.
    const noReason = await errorOf(manajer('deliveries.count', { deliveryId: d.id, lines: [{ lineNo: 2, countedMilli: 22_000 }] }));
    expect(noReason).toEqual({ code: 'DELIVERY_REASON_REQUIRED', params: { sku: 'MKITA1', lineNo: 2 } });

    const counted = await manajer<DeliveryView>('deliveries.count', {
      deliveryId: d.id,
      lines: [
        { lineNo: 1, countedMilli: 20_000, damagedMilli: 1_000, reason: 'Satu sak sobek saat bongkar', photoPath: 'foto/sak-sobek.jpg' },
        { lineNo: 2, countedMilli: 22_000, reason: 'Kurang 2 botol dari DO' },
      ],
    });
    expect(counted.hasDiscrepancy).toBe(true);
    expect(counted.lines.map((l) => ({ sku: l.sku, good: l.goodMilli, short: l.shortMilli, over: l.overMilli, damaged: l.damagedMilli }))).toEqual([
      { sku: 'SPHP5', good: 19_000, short: 0, over: 0, damaged: 1_000 },
      { sku: 'MKITA1', good: 22_000, short: 2_000, over: 0, damaged: 0 },
    ]);
    // Counting posts nothing: only the manager's confirmation does.
    expect(moves(d.id)).toEqual([]);
    expect(onHand(beras)).toBeNull();

    const posted = await manajer<DeliveryView>('deliveries.post', { deliveryId: d.id });
    expect(posted.status).toBe('posted');
    expect(moves(d.id).map(({ note: _n, ...m }) => m)).toEqual([
      { sku: 'SPHP5', qty_milli: 19_000, kind: 'receipt', unit_cost: 56_500 },
      { sku: 'MKITA1', qty_milli: 22_000, kind: 'receipt', unit_cost: 14_000 },
    ]);
    expect(moves(d.id)[0]!.note).toContain('rusak 1');
    expect(onHand(beras)).toEqual({ qty_milli: 19_000, avg_cost: 56_500 });
    expect(onHand(minyak)).toEqual({ qty_milli: 22_000, avg_cost: 14_000 });
    // 20 × 56.500 + 24 × 14.000 ordered; 19 × 56.500 + 22 × 14.000 received.
    expect(posted.value).toEqual({ ordered: 1_466_000, received: 1_381_500, paid: 0 });

    // A posted delivery is frozen; posting twice does not post twice.
    expect((await errorOf(manajer('deliveries.post', { deliveryId: d.id }))).code).toBe('DELIVERY_NOT_DRAFT');
    expect(moves(d.id)).toHaveLength(2);

    await manajer('deliveries.pay', { deliveryId: d.id, amount: 1_000_000, paidOn: '2026-11-21', method: 'transfer', reference: 'TRF-1' });
    const rec = await manajer<
      { supplier: string; month: string; ordered: number; delivered: number; received: number; damaged: number; paid: number; outstanding: number }[]
    >('deliveries.reconciliation', { fromMonth: '2026-11', toMonth: '2026-11' });
    expect(rec).toEqual([
      {
        supplier: 'Bulog Kanwil Kaltim-Kaltara',
        month: '2026-11',
        deliveries: 1,
        ordered: 1_466_000,
        delivered: 1_438_000,
        received: 1_381_500,
        damaged: 56_500,
        paid: 1_000_000,
        outstanding: 381_500,
      },
    ]);
    const list = await manajer<{ docNo: string; hasDiscrepancy: boolean }[]>('deliveries.list', {});
    expect(list).toMatchObject([{ docNo: 'DO-2026-11-0042', hasDiscrepancy: true }]);
  });

  it('refuses SPHP rice without a Klik SPHP order reference', async () => {
    const err = await errorOf(
      manajer('deliveries.create', { ...bulogDelivery, klikSphpRef: '', lines: [{ productId: beras, expectedMilli: 10_000, unitCost: 56_500 }] }),
    );
    expect(err).toEqual({ code: 'KLIK_SPHP_REF_REQUIRED', params: { sku: 'SPHP5' } });
    expect(h.core.db.prepare('SELECT COUNT(*) AS n FROM deliveries').get()).toEqual({ n: 0 });
  });

  it('refuses an uncounted line and refuses a cashier', async () => {
    const d = await manajer<DeliveryView>('deliveries.create', { ...bulogDelivery, lines: [{ productId: beras, expectedMilli: 10_000, unitCost: 56_500 }] });
    expect(await errorOf(manajer('deliveries.post', { deliveryId: d.id }))).toEqual({ code: 'DELIVERY_NOT_COUNTED', params: { sku: 'SPHP5', lineNo: 1 } });
    const kasir = await h.as('sari', '1111');
    expect((await errorOf(kasir('deliveries.post', { deliveryId: d.id }))).code).toBe('ROLE_FORBIDDEN');
  });
});

describe('LPG delivery from the agent', () => {
  it('receives full cylinders and sends the empties back out of the empty-cylinder product', async () => {
    const { inTransaction } = await import('../../electron/services/core');
    const { postMove } = await import('../../electron/services/stock/stockLedger');
    inTransaction(h.core, () =>
      postMove(h.core, { productId: lpgKosong, qtyMilli: 60_000, kind: 'cylinder_exchange', docType: 'test', docId: 't', userId: null }),
    );
    const d = await manajer<DeliveryView>('deliveries.create', {
      source: 'LPG',
      supplier: 'Pangkalan Maju Jaya',
      docNo: 'SJ-7781',
      deliveryDate: '2026-11-20',
      vehicle: 'KT 9001 XY',
      lines: [{ productId: lpgIsi, expectedMilli: 56_000, unitCost: 16_000 }],
      emptiesOutMilli: 56_000,
    });
    expect(d.emptiesProductId).toBe(lpgKosong);
    await manajer('deliveries.count', { deliveryId: d.id, lines: [{ lineNo: 1, countedMilli: 56_000 }] });
    await manajer('deliveries.post', { deliveryId: d.id });
    expect(moves(d.id).map((m) => [m.sku, m.qty_milli, m.kind])).toEqual([
      ['LPG3', 56_000, 'receipt'],
      ['LPG3-KOSONG', -56_000, 'cylinder_exchange'],
    ]);
    expect(onHand(lpgKosong)!.qty_milli).toBe(4_000);
  });
});
