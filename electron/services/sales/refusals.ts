// A sale the rules refused is a fact of its own (issue 19: the pusat counts refusals by rule). It is
// written after the refused commit rolled back, in a transaction of its own, so the refusal itself
// still writes nothing of the sale. The buyer is kept only as the register's id or a masked NIK.
import type { ErrorParams } from '../../../shared/errors';
import { maskNik } from '../../../shared/nik';
import type { SaleCommitInput } from '../../../shared/api/sales';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { outletToday } from '../settings/settings';

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

type Line = SaleCommitInput['lines'][number];

function refusedLine(core: Core, input: SaleCommitInput, code: string, params: ErrorParams): Line | null {
  if (typeof params.sku === 'string') {
    const id = core.db.prepare('SELECT id FROM products WHERE sku = ?').pluck().get(params.sku) as string | undefined;
    const line = input.lines.find((l) => l.productId === id);
    if (line) return line;
  }
  // Rule codes name their programme (LPG_..., SPHP_..., MINYAKITA_...): the first line of it.
  const program = code.split('_')[0] === 'LPG' ? 'LPG3' : code.split('_')[0];
  const ofProgram = core.db.prepare('SELECT subsidy_program FROM products WHERE id = ?').pluck();
  return input.lines.find((l) => ofProgram.get(l.productId) === program) ?? null;
}

function buyerRef(input: SaleCommitInput, line: Line | null): string | null {
  const extras = [line?.extra ?? {}, input.extra ?? {}];
  for (const extra of extras) {
    const id = str(extra.lpgBuyerId);
    if (id) return id;
    const nik = str(extra.lpgNik) ?? str(extra.buyerNik);
    // Only the last four digits of a NIK typed at the counter are kept.
    if (nik) return maskNik(nik.replace(/\D/g, '').slice(-4));
  }
  return input.memberId ? `member:${input.memberId}` : null;
}

export function recordRefusal(core: Core, cashierId: string, input: SaleCommitInput, code: string, params: ErrorParams): void {
  const line = refusedLine(core, input, code, params);
  const at = core.now();
  inTransaction(core, () =>
    core.db
      .prepare('INSERT INTO rule_refusals (at, business_date, rule_code, product_id, qty_milli, buyer_ref, cashier_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(at.toISOString(), outletToday(core, at), code, line?.productId ?? null, line?.qtyMilli ?? null, buyerRef(input, line), cashierId),
  );
}
