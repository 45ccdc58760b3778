// Per-buyer daily use of SPHP packs and Minyakita litres, when the buyer is identified: the sale's
// member, or a NIK typed at the counter (sale extra `buyerNik`, kept only as its keyed hash).
import { AppError } from '../../../shared/errors';
import { checkNik } from '../../../shared/nik';
import type { Core } from '../core';
import { lookupHash } from '../personalData';
import type { SaleDraft } from '../saleRules';

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
  return (core.db.prepare('SELECT qty_milli FROM subsidy_buyer_day WHERE program = ? AND buyer_key = ? AND business_date = ?').get(program, key, date) as { qty_milli: number } | undefined)?.qty_milli ?? 0;
}

export function addToday(core: Core, program: Program, key: string, date: string, qtyMilli: number): void {
  core.db
    .prepare(
      `INSERT INTO subsidy_buyer_day (program, buyer_key, business_date, qty_milli) VALUES (?, ?, ?, ?)
       ON CONFLICT (program, buyer_key, business_date) DO UPDATE SET qty_milli = qty_milli + excluded.qty_milli`,
    )
    .run(program, key, date, qtyMilli);
}
