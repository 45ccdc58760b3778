// A small gerai for integration tests: users of every role, a few products with barcodes, prices,
// ceilings and opening stock. Returns the product ids by short name.
import { createProduct } from '../../electron/services/catalog/catalog';
import { inTransaction } from '../../electron/services/core';
import { postMove } from '../../electron/services/stock/stockLedger';
import { gs1CheckDigit, toGtin14, weightItemKey } from '../../shared/barcode';
import type { Host } from '../../electron/host/host';
import { addUser } from './tempHost';

export const PINS = { kasir: '1111', kasir2: '2222', supervisor: '3333', manajer: '444444' } as const;

/** An EAN-13 with its check digit from 12 data digits. */
export function ean13(data12: string): string {
  return `${data12}${gs1CheckDigit(data12)}`;
}

export const CODES = {
  gula: ean13('899100000001'),
  beras: ean13('899100000002'),
  minyak: ean13('899100000003'),
};

export function setupShop(h: Host) {
  const users = {
    kasir: addUser(h, 'sari', 'kasir', PINS.kasir),
    kasir2: addUser(h, 'budi', 'kasir', PINS.kasir2),
    supervisor: addUser(h, 'rina', 'supervisor', PINS.supervisor),
    manajer: addUser(h, 'hendra', 'manajer', PINS.manajer),
  };
  const from = '2026-01-01';
  const gula = createProduct(
    h.core,
    {
      sku: 'GULA1',
      name: 'Gula pasir 1 kg',
      unit: 'pcs',
      soldBy: 'piece',
      barcodes: [toGtin14(CODES.gula)!],
      price: { amount: 17_000, validFrom: from },
      ceilings: [{ kind: 'HAP', amount: 17_500, validFrom: from }],
    },
    null,
  );
  const beras = createProduct(
    h.core,
    {
      sku: 'SPHP5',
      name: 'Beras SPHP 5 kg',
      unit: 'sak',
      soldBy: 'piece',
      subsidyProgram: 'SPHP',
      packSizeMilli: 5000,
      barcodes: [toGtin14(CODES.beras)!],
      price: { amount: 65_500, validFrom: from },
      ceilings: [{ kind: 'HET', amount: 65_500, validFrom: from }],
    },
    null,
  );
  const minyak = createProduct(
    h.core,
    {
      sku: 'MKITA1',
      name: 'Minyakita 1 L',
      unit: 'pcs',
      soldBy: 'piece',
      subsidyProgram: 'MINYAKITA',
      barcodes: [toGtin14(CODES.minyak)!],
      price: { amount: 15_700, validFrom: from },
      ceilings: [{ kind: 'HET', amount: 15_700, validFrom: from }],
    },
    null,
  );
  const telur = createProduct(
    h.core,
    {
      sku: 'TELUR',
      name: 'Telur ayam ras',
      unit: 'kg',
      soldBy: 'weight',
      barcodes: [weightItemKey('20', '00101')],
      price: { amount: 28_500, validFrom: from },
    },
    null,
  );
  const products = { gula, beras, minyak, telur };
  inTransaction(h.core, () => {
    postMove(h.core, { productId: gula, qtyMilli: 50_000, kind: 'receipt', docType: 'test', docId: 'open', unitCost: 15_000, userId: null });
    postMove(h.core, { productId: beras, qtyMilli: 20_000, kind: 'receipt', docType: 'test', docId: 'open', unitCost: 60_000, userId: null });
    postMove(h.core, { productId: minyak, qtyMilli: 30_000, kind: 'receipt', docType: 'test', docId: 'open', unitCost: 14_000, userId: null });
    postMove(h.core, { productId: telur, qtyMilli: 20_000, kind: 'receipt', docType: 'test', docId: 'open', unitCost: 25_000, userId: null });
  });
  return { users, products };
}

export function onHand(h: Host, productId: string): number {
  return h.core.db.prepare('SELECT COALESCE((SELECT qty_milli FROM stock_balances WHERE product_id = ?), 0)').pluck().get(productId) as number;
}
