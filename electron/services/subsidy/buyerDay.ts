// Per-buyer daily use of SPHP packs and Minyakita litres, when the buyer is identified: the sale's
// member, or a NIK typed at the counter (sale extra `buyerNik`, kept only as its keyed hash).
import { AppError } from '../../../shared/errors';
import { checkNik } from '../../../shared/nik';
import type { Core } from '../core';
import { lookupHash } from '../privacy/personalData';
import type { ReturnedLine, SaleDraft } from '../sales/saleRules';

export type Program = 'SPHP' | 'MINYAKITA';

export function buyerKey(core: Core, draft: SaleDraft): string | null {
  if (draft.memberId) return `m:${draft.memberId}`;
  const raw = draft.extra.buyerNik;
  if (typeof raw !== 'string' || raw.trim() === '') return null;
  const c = checkNik(raw);
  if (!c.ok) throw new AppError('LPG_NIK_INVALID', { problem: c.problem });
  return `n:${lookupHash(core.keys, c.nik)}`;
}

export function usedToday(core: Core, program: Program, key: string, date: string): number {
  return core.db
    .prepare('SELECT COALESCE(SUM(qty_milli), 0) FROM subsidy_sale_log WHERE program = ? AND buyer_key = ? AND business_date = ?')
    .pluck()
    .get(program, key, date) as number;
}

export function logSale(core: Core, program: Program, saleId: string, key: string, date: string, qtyMilli: number): void {
  core.db
    .prepare('INSERT INTO subsidy_sale_log (sale_id, program, buyer_key, business_date, qty_milli) VALUES (?, ?, ?, ?, ?)')
    .run(saleId, program, key, date, qtyMilli);
}

/** A voided sale no longer counts towards anyone's day. */
export function forgetSale(core: Core, program: Program, saleId: string): void {
  core.db.prepare('DELETE FROM subsidy_sale_log WHERE sale_id = ? AND program = ?').run(saleId, program);
}

/** Takes returned quantity (in the programme's unit, milli) off the sale's logged use. */
export function reduceSale(core: Core, program: Program, saleId: string, qtyMilli: number): void {
  core.db.prepare('UPDATE subsidy_sale_log SET qty_milli = MAX(0, qty_milli - ?) WHERE sale_id = ? AND program = ?').run(qtyMilli, saleId, program);
}

/** The returned lines of one programme, looked up by product. */
export function returnedOf(
  core: Core,
  program: Program,
  lines: ReturnedLine[],
): { line: ReturnedLine; soldBy: 'piece' | 'weight'; packSizeMilli: number | null }[] {
  const product = core.db.prepare('SELECT subsidy_program, sold_by, pack_size_milli FROM products WHERE id = ?');
  return lines.flatMap((line) => {
    const p = product.get(line.productId) as { subsidy_program: string; sold_by: 'piece' | 'weight'; pack_size_milli: number | null };
    return p.subsidy_program === program ? [{ line, soldBy: p.sold_by, packSizeMilli: p.pack_size_milli }] : [];
  });
}
