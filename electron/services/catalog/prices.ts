// Effective-dated selling prices and ceilings (HET hard, HAP soft).
import type { Rupiah } from '../../../shared/money';
import type { Core } from '../core';

export function priceOn(core: Core, productId: string, date: string): Rupiah | null {
  const row = core.db.prepare('SELECT price FROM prices WHERE product_id = ? AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1').get(productId, date) as
    { price: number } | undefined;
  return row?.price ?? null;
}

/** Appends a ceiling; one for a date that already has one supersedes it and the old row is kept (migration 0957). */
export function appendCeiling(core: Core, productId: string, c: { kind: 'HET' | 'HAP'; amount: Rupiah; validFrom: string; source?: string | null }): void {
  core.db
    .prepare('INSERT INTO price_ceiling_history (product_id, valid_from, kind, amount, source, set_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(productId, c.validFrom, c.kind, c.amount, c.source ?? null, core.now().toISOString());
}

export interface Ceiling {
  kind: 'HET' | 'HAP';
  amount: Rupiah;
}

/** The ceiling in force; a HET wins over a HAP when both exist. */
export function ceilingOn(core: Core, productId: string, date: string): Ceiling | null {
  const rows = core.db
    .prepare(
      `SELECT kind, amount FROM price_ceilings c WHERE product_id = ? AND valid_from = (
         SELECT MAX(valid_from) FROM price_ceilings WHERE product_id = c.product_id AND kind = c.kind AND valid_from <= ?)`,
    )
    .all(productId, date) as Ceiling[];
  return rows.find((r) => r.kind === 'HET') ?? rows.find((r) => r.kind === 'HAP') ?? null;
}
