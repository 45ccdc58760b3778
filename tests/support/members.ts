// Shared set-up for the member, simpanan and SHU tests: goods in stock and sales to a member.
import { createProduct, ensureCategory } from '../../electron/services/catalog/catalog';
import { inTransaction, type Core } from '../../electron/services/core';
import { postMove } from '../../electron/services/stock/stockLedger';
import { putSetting } from '../../electron/services/settings/settings';
import { uuidv7 } from '../../shared/ids';
import type { Caller } from './tempHost';

/** A product at a price, with plenty of stock, in a category that counts for SHU or not. */
export function stockedProduct(core: Core, sku: string, price: number, countsForShu = true): string {
  const cat = countsForShu ? 'UMUM' : 'LPG3';
  ensureCategory(core, cat, countsForShu ? 'Umum' : 'LPG 3 kg', 'TAXABLE', countsForShu);
  const id = createProduct(
    core,
    { sku, name: `Barang ${sku}`, unit: 'pcs', soldBy: 'piece', categoryCode: cat, price: { amount: price, validFrom: '2000-01-01' } },
    null,
  );
  inTransaction(core, () =>
    postMove(core, { productId: id, qtyMilli: 10_000_000, kind: 'receipt', docType: 'test', docId: 'stock', unitCost: Math.floor(price * 0.9), userId: null }),
  );
  return id;
}

export function noShiftNeeded(core: Core): void {
  putSetting(core, 'sales.require_open_shift', '2000-01-01', false, null);
}

/** Commits a cash sale of `pieces` of a product, to a member or not; returns the sale id. */
export async function sell(caller: Caller, productId: string, pieces: number, price: number, memberId: string | null): Promise<string> {
  const id = uuidv7();
  await caller('sales.commit', { id, memberId, lines: [{ productId, qtyMilli: pieces * 1000 }], payments: [{ method: 'cash', amount: pieces * price }] });
  return id;
}
