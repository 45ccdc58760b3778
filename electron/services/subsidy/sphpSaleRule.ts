// Beras SPHP (juknis Bapanas 2025): whole packs only, at most sphp.max_packs_per_buyer packs per
// transaction, and the same number per day when the buyer is identified (sphp.per_day_check).
import { MILLI_PER_UNIT } from '../../../shared/money';
import type { DraftLine, RuleFinding, SaleDraft, SaleRule } from '../sales/saleRules';
import { settingOn } from '../settings/settings';
import { buyerKey, forgetSale, logSale, reduceSale, returnedOf, usedToday } from './buyerDay';

/** Whole packs on the line, or null when the quantity would split a pack. */
function packsOf(l: Pick<DraftLine, 'soldBy' | 'packSizeMilli' | 'qtyMilli'>): number | null {
  if (l.soldBy === 'piece') return l.qtyMilli / MILLI_PER_UNIT;
  if (!l.packSizeMilli || l.qtyMilli % l.packSizeMilli !== 0) return null;
  return l.qtyMilli / l.packSizeMilli;
}

function sphpPacks(draft: SaleDraft): number {
  return draft.lines.filter((l) => l.subsidyProgram === 'SPHP').reduce((s, l) => s + (packsOf(l) ?? 0), 0);
}

export const sphpSaleRule: SaleRule = {
  name: 'sphp',

  check(core, draft) {
    const lines = draft.lines.filter((l) => l.subsidyProgram === 'SPHP');
    if (lines.length === 0) return [];
    const findings: RuleFinding[] = [];
    for (const l of lines) {
      if (packsOf(l) === null) findings.push({ code: 'SPHP_PACK_SPLIT', params: { sku: l.sku, name: l.name }, severity: 'hard' });
    }
    const packs = sphpPacks(draft);
    const limit = settingOn(core, 'sphp.max_packs_per_buyer', draft.businessDate);
    if (packs > limit) findings.push({ code: 'SPHP_MAX_PACKS', params: { requested: packs, limit }, severity: 'hard' });
    const key = settingOn(core, 'sphp.per_day_check', draft.businessDate) ? buyerKey(core, draft) : null;
    if (key) {
      const used = usedToday(core, 'SPHP', key, draft.businessDate) / MILLI_PER_UNIT;
      if (used + packs > limit) findings.push({ code: 'SPHP_DAY_LIMIT', params: { used, limit, requested: packs }, severity: 'hard' });
    }
    return findings;
  },

  afterInsert(core, draft) {
    const packs = sphpPacks(draft);
    const key = packs > 0 ? buyerKey(core, draft) : null;
    if (key) logSale(core, 'SPHP', draft.saleId, key, draft.businessDate, packs * MILLI_PER_UNIT);
  },

  afterVoid(core, saleId) {
    forgetSale(core, 'SPHP', saleId);
  },

  afterReturn(core, saleId, lines) {
    for (const r of returnedOf(core, 'SPHP', lines)) {
      const packs = packsOf({ soldBy: r.soldBy, packSizeMilli: r.packSizeMilli, qtyMilli: r.line.qtyMilli }) ?? 0;
      reduceSale(core, 'SPHP', saleId, packs * MILLI_PER_UNIT);
    }
  },
};
