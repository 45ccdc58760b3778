// Minyakita (Permendag 18/2024, 43/2025; SE PDN 03/2023): HET per litre scaled to the pack size,
// no bundle or conditional promo (a line flagged extra.bundleId / extra.promoId), and an optional
// per-person daily litre limit (off by default) when the buyer is identified.
import { Dec, MILLI_PER_UNIT } from '../../../shared/money';
import type { DraftLine, RuleFinding, SaleDraft, SaleRule } from '../sales/saleRules';
import { settingOn } from '../settings/settings';
import { buyerKey, forgetSale, logSale, reduceSale, returnedOf, usedToday } from './buyerDay';

/** Millilitres on the line: pieces times the pack size, or the weighed quantity itself (litres). */
function mlOf(l: Pick<DraftLine, 'soldBy' | 'packSizeMilli' | 'qtyMilli'>): number {
  if (l.soldBy === 'weight') return l.qtyMilli;
  return new Dec(l.qtyMilli)
    .div(MILLI_PER_UNIT)
    .mul(l.packSizeMilli ?? MILLI_PER_UNIT)
    .toNumber();
}

function minyakitaMl(draft: SaleDraft): number {
  return draft.lines.filter((l) => l.subsidyProgram === 'MINYAKITA').reduce((s, l) => s + mlOf(l), 0);
}

function hetFinding(l: DraftLine, perLitre: number): RuleFinding[] {
  // Per piece: the HET per litre times the pack size; sold by the litre: the HET per litre itself.
  const litres = l.soldBy === 'weight' ? 1 : new Dec(l.packSizeMilli ?? MILLI_PER_UNIT).div(MILLI_PER_UNIT);
  const het = new Dec(perLitre).mul(litres).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
  return l.unitPrice > het ? [{ code: 'MINYAKITA_ABOVE_HET', params: { sku: l.sku, name: l.name, price: l.unitPrice, het }, severity: 'hard' }] : [];
}

export const minyakitaSaleRule: SaleRule = {
  name: 'minyakita',

  check(core, draft) {
    const lines = draft.lines.filter((l) => l.subsidyProgram === 'MINYAKITA');
    if (lines.length === 0) return [];
    const date = draft.businessDate;
    const perLitre = settingOn(core, 'minyakita.het_per_liter', date);
    const noBundling = settingOn(core, 'minyakita.no_bundling', date);
    const findings: RuleFinding[] = [];
    for (const l of lines) {
      findings.push(...hetFinding(l, perLitre));
      if (noBundling && (l.extra.bundleId != null || l.extra.promoId != null))
        findings.push({ code: 'MINYAKITA_BUNDLED', params: { sku: l.sku, name: l.name }, severity: 'hard' });
    }
    const mode = settingOn(core, 'minyakita.max_liters_per_person_per_day.mode', date);
    const key = mode !== 'off' ? buyerKey(core, draft) : null;
    if (key) {
      const limit = settingOn(core, 'minyakita.max_liters_per_person_per_day', date);
      const used = usedToday(core, 'MINYAKITA', key, date);
      const ml = minyakitaMl(draft);
      if (used + ml > limit * MILLI_PER_UNIT) {
        const l = (n: number) => new Dec(n).div(MILLI_PER_UNIT).toNumber();
        findings.push({ code: 'MINYAKITA_DAY_LIMIT', params: { used: l(used), limit, requested: l(ml) }, severity: mode === 'hard' ? 'hard' : 'soft' });
      }
    }
    return findings;
  },

  afterInsert(core, draft) {
    const ml = minyakitaMl(draft);
    const key = ml > 0 ? buyerKey(core, draft) : null;
    if (key) logSale(core, 'MINYAKITA', draft.saleId, key, draft.businessDate, ml);
  },

  afterVoid(core, saleId) {
    forgetSale(core, 'MINYAKITA', saleId);
  },

  afterReturn(core, saleId, lines) {
    for (const r of returnedOf(core, 'MINYAKITA', lines)) {
      reduceSale(core, 'MINYAKITA', saleId, mlOf({ soldBy: r.soldBy, packSizeMilli: r.packSizeMilli, qtyMilli: r.line.qtyMilli }));
    }
  },
};
