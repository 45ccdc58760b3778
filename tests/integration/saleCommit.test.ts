import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { createProduct } from '../../electron/services/catalog/catalog';
import { putSetting } from '../../electron/services/settings/settings';
import { inTransaction } from '../../electron/services/core';
import { postMove } from '../../electron/services/stock/stockLedger';
import { uuidv7 } from '../../shared/ids';
import { loadSale } from '../../electron/services/sales/sales';
import type { SaleResult } from '../../shared/api/sales';

let h: TempHost;
let kasir: Caller;
let gula: string;
let telur: string;

beforeEach(async () => {
  h = openTempHost();
  addUser(h, 'sari', 'kasir', '1111');
  putSetting(h.core, 'sales.require_open_shift', '2000-01-01', false, null);
  gula = createProduct(
    h.core,
    {
      sku: 'GULA1',
      name: 'Gula pasir 1 kg',
      unit: 'pcs',
      soldBy: 'piece',
      price: { amount: 17_000, validFrom: '2026-01-01' },
      ceilings: [{ kind: 'HAP', amount: 17_500, validFrom: '2026-01-01' }],
    },
    null,
  );
  telur = createProduct(h.core, { sku: 'TELUR', name: 'Telur ayam', unit: 'kg', soldBy: 'weight', price: { amount: 28_500, validFrom: '2026-01-01' } }, null);
  inTransaction(h.core, () => {
    postMove(h.core, { productId: gula, qtyMilli: 20_000, kind: 'receipt', docType: 'test', docId: 't1', unitCost: 15_000, userId: null });
    postMove(h.core, { productId: telur, qtyMilli: 10_000, kind: 'receipt', docType: 'test', docId: 't1', unitCost: 25_000, userId: null });
  });
  kasir = await h.as('sari', '1111');
});
afterEach(() => h.dispose());

describe('sale commit', () => {
  it('commits lines, change and a gapless receipt number; a weighed line rounds half-up', async () => {
    const sale = await kasir<{ receiptNo: string; total: number; change: number; lines: { lineTotal: number }[] }>('sales.commit', {
      id: uuidv7(),
      lines: [
        { productId: gula, qtyMilli: 2000 },
        { productId: telur, qtyMilli: 1_250 },
      ],
      payments: [{ method: 'cash', amount: 100_000 }],
    });
    // 28.500 × 1,25 kg = 35.625
    expect(sale.lines.map((l) => l.lineTotal)).toEqual([34_000, 35_625]);
    expect(sale.total).toBe(69_625);
    expect(sale.change).toBe(30_375);
    expect(sale.receiptNo).toBe('GI-20261120-0001');
    const next = await kasir<{ receiptNo: string }>('sales.commit', {
      id: uuidv7(),
      lines: [{ productId: gula, qtyMilli: 1000 }],
      payments: [{ method: 'cash', amount: 17_000 }],
    });
    expect(next.receiptNo).toBe('GI-20261120-0002');
  });

  it('the reply is the sale as the database holds it (built from the values written, not read back)', async () => {
    const id = uuidv7();
    const reply = await kasir<SaleResult>('sales.commit', {
      id,
      lines: [
        { productId: telur, qtyMilli: 1_250 },
        { productId: gula, qtyMilli: 3000 },
      ],
      payments: [
        { method: 'qris', amount: 50_000, reference: 'QR-778' },
        { method: 'cash', amount: 50_000 },
      ],
    });
    expect(reply).toEqual(loadSale(h.core, id, false));
    expect(reply.lines.map((l) => [l.sku, l.unit, l.ceilingKind, l.ceilingAmount])).toEqual([
      ['TELUR', 'kg', null, null],
      ['GULA1', 'pcs', 'HAP', 17_500],
    ]);
    expect(reply.payments).toEqual([
      { method: 'qris', amount: 50_000, reference: 'QR-778' },
      { method: 'cash', amount: 50_000, reference: null },
    ]);
  });

  it('a repeated commit with the same id returns the first sale and moves stock once', async () => {
    const input = { id: uuidv7(), lines: [{ productId: gula, qtyMilli: 3000 }], payments: [{ method: 'cash', amount: 60_000 }] };
    const first = await kasir<{ receiptNo: string; replayed: boolean }>('sales.commit', input);
    const second = await kasir<{ receiptNo: string; replayed: boolean }>('sales.commit', input);
    expect(second.receiptNo).toBe(first.receiptNo);
    expect(second.replayed).toBe(true);
    const onHand = h.core.db.prepare('SELECT qty_milli FROM stock_balances WHERE product_id = ?').get(gula) as { qty_milli: number };
    expect(onHand.qty_milli).toBe(17_000);
  });

  it('refuses a short payment and writes nothing', async () => {
    const err = await errorOf(
      kasir('sales.commit', { id: uuidv7(), lines: [{ productId: gula, qtyMilli: 1000 }], payments: [{ method: 'cash', amount: 10_000 }] }),
    );
    expect(err).toEqual({ code: 'PAYMENT_SHORT', params: { total: 17_000, paid: 10_000, short: 7_000 } });
    expect((h.core.db.prepare('SELECT COUNT(*) AS n FROM sales').get() as { n: number }).n).toBe(0);
  });

  it('refuses a negative quantity as invalid input', async () => {
    const err = await errorOf(
      kasir('sales.commit', { id: uuidv7(), lines: [{ productId: gula, qtyMilli: -1000 }], payments: [{ method: 'cash', amount: 10_000 }] }),
    );
    expect(err.code).toBe('INPUT_INVALID');
    expect(err.params.path).toBe('lines.0.qtyMilli');
  });
});
