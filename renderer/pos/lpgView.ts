// What the counter reads from lpg.buyers.find/get (shared/api/lpg.ts, shared/lpg.ts), and the
// refusal a limit would give, in the LPG feature's own words, before the sale is tried.
import type { ErrorPayload } from '../../shared/errors';
import type { LimitUse, LpgBuyerStatus as BuyerStatus } from '../../shared/api/lpg';
import type { LpgCategory } from '../../shared/lpg';
import { LPG_CATEGORY_LABELS, label } from '../../shared/i18n/labels';
export type { BuyerStatus, LimitUse, LpgCategory };

/** The category words, from the one LPG table in shared/i18n/labels. */
export const CATEGORY_NAMES = LPG_CATEGORY_LABELS;

/**
 * The first limit that `requested` tabung (in this sale) would break, as the core would say it:
 * hard limits refuse, soft ones need a supervisor's PIN at payment.
 */
export function lpgRefusal(s: BuyerStatus, requested: number, mode: 'hard' | 'soft' = 'hard', lang: 'id' | 'en' = 'id'): ErrorPayload | null {
  const nik4 = s.buyer.nikMasked;
  const category = label(CATEGORY_NAMES, s.buyer.category, lang);
  if (mode === 'hard' && s.buyer.status === 'blocked') return { code: 'LPG_BUYER_BLOCKED', params: { nik4 } };
  if (mode === 'hard' && s.buyer.isPengecer) return { code: 'LPG_BUYER_PENGECER', params: { nik4 } };
  const over = (l: LimitUse, add: number) => l.mode === mode && l.limit !== null && l.used + add > l.limit;
  const { perTransaction, dayTransactions, dayQty, nikMonth, kkMonth } = s.limits;
  if (over(perTransaction, requested)) return { code: 'LPG_TX_LIMIT', params: { limit: perTransaction.limit, requested, category } };
  if (over(dayTransactions, 1)) return { code: 'LPG_NIK_DAY_TRANSACTIONS', params: { used: dayTransactions.used, limit: dayTransactions.limit, nik4 } };
  if (over(dayQty, requested)) return { code: 'LPG_NIK_DAY_LIMIT', params: { used: dayQty.used, limit: dayQty.limit, requested, nik4 } };
  if (over(nikMonth, requested)) return { code: 'LPG_NIK_MONTH_LIMIT', params: { used: nikMonth.used, limit: nikMonth.limit, requested, nik4 } };
  if (over(kkMonth, requested)) return { code: 'LPG_KK_MONTH_LIMIT', params: { used: kkMonth.used, limit: kkMonth.limit, requested, kk4: s.buyer.kkMasked } };
  return null;
}
