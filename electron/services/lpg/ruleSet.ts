// The LPG 3 kg rule set in force on a date, read from the effective-dated settings. A limit is a
// number (or null: no limit) plus a mode: hard (refused), soft (needs a supervisor PIN), off.
import type { LimitMode, LpgCategory } from '../../../shared/lpg';
import type { LpgLimitKey } from '../../../shared/settings';
import type { Core } from '../core';
import { settingOn } from '../settings/settings';

export interface Limit {
  limit: number | null;
  mode: LimitMode;
}

export interface LpgRuleSet {
  date: string;
  perTransaction: Limit;
  dayTransactions: Limit;
  dayQty: Limit;
  nikMonth: Limit;
  kkMonth: Limit;
}

function limitOn(core: Core, key: LpgLimitKey, date: string): Limit {
  const limit = settingOn(core, key, date);
  const mode = settingOn(core, `${key}.mode`, date);
  return { limit, mode: limit === null ? 'off' : mode };
}

export function lpgRuleSet(core: Core, category: LpgCategory, date: string): LpgRuleSet {
  return {
    date,
    perTransaction: limitOn(core, `lpg3.max_qty_per_transaction.${category}`, date),
    dayTransactions: limitOn(core, 'lpg3.max_transactions_per_nik_per_day', date),
    dayQty: limitOn(core, 'lpg3.max_qty_per_nik_per_day', date),
    nikMonth: limitOn(core, 'lpg3.max_qty_per_nik_per_month', date),
    kkMonth: limitOn(core, `lpg3.max_qty_per_kk_per_month.${category}`, date),
  };
}

/** The sub-pangkalan markup allowed over the HET on a date (Rp0 = sell at HET). */
export function lpgMarkup(core: Core, date: string): number {
  return settingOn(core, 'lpg3.subpangkalan_markup_max', date);
}
