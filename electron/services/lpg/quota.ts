// The LPG quota counters: per buyer per day (purchases and tabung), per buyer per month, per KK per
// month (by category) and the outlet's month. Kept in the same transaction as the sale, so a check
// is a point lookup and two terminals see each other's sales (the commit holds the write lock).
import type { LimitUse, LpgCategory } from '../../../shared/lpg';
import type { Core } from '../core';
import type { Limit } from './ruleSet';

export interface Usage {
  dayTransactions: number;
  dayQty: number;
  nikMonth: number;
  kkMonth: number;
}

export function usageOf(core: Core, buyer: { id: string; kkHash: string; category: LpgCategory }, date: string): Usage {
  const month = date.slice(0, 7);
  const day = core.db.prepare('SELECT transactions, qty FROM lpg_buyer_day WHERE buyer_id = ? AND business_date = ?').get(buyer.id, date) as
    { transactions: number; qty: number } | undefined;
  const nik = core.db.prepare('SELECT qty FROM lpg_buyer_month WHERE buyer_id = ? AND month = ?').get(buyer.id, month) as { qty: number } | undefined;
  const kk = core.db.prepare('SELECT qty FROM lpg_kk_month WHERE kk_hash = ? AND category = ? AND month = ?').get(buyer.kkHash, buyer.category, month) as
    { qty: number } | undefined;
  return { dayTransactions: day?.transactions ?? 0, dayQty: day?.qty ?? 0, nikMonth: nik?.qty ?? 0, kkMonth: kk?.qty ?? 0 };
}

/** Adds (sign +1) or takes back (sign -1, a void or return) one purchase of `qty` tabung. */
export function countPurchase(core: Core, buyer: { id: string; kkHash: string; category: LpgCategory }, date: string, qty: number, transactions: number): void {
  const month = date.slice(0, 7);
  core.db
    .prepare(
      `INSERT INTO lpg_buyer_day (buyer_id, business_date, transactions, qty) VALUES (?, ?, ?, ?)
       ON CONFLICT (buyer_id, business_date) DO UPDATE SET transactions = transactions + excluded.transactions, qty = qty + excluded.qty`,
    )
    .run(buyer.id, date, transactions, qty);
  core.db
    .prepare('INSERT INTO lpg_buyer_month (buyer_id, month, qty) VALUES (?, ?, ?) ON CONFLICT (buyer_id, month) DO UPDATE SET qty = qty + excluded.qty')
    .run(buyer.id, month, qty);
  core.db
    .prepare(
      'INSERT INTO lpg_kk_month (kk_hash, category, month, qty) VALUES (?, ?, ?, ?) ON CONFLICT (kk_hash, category, month) DO UPDATE SET qty = qty + excluded.qty',
    )
    .run(buyer.kkHash, buyer.category, month, qty);
  core.db.prepare('INSERT INTO lpg_outlet_month (month, qty) VALUES (?, ?) ON CONFLICT (month) DO UPDATE SET qty = qty + excluded.qty').run(month, qty);
}

export function outletMonthQty(core: Core, month: string): number {
  return (core.db.prepare('SELECT qty FROM lpg_outlet_month WHERE month = ?').get(month) as { qty: number } | undefined)?.qty ?? 0;
}

export function limitUse(limit: Limit, used: number, unit: LimitUse['unit']): LimitUse {
  const on = limit.mode !== 'off' && limit.limit !== null;
  return { unit, used, limit: limit.limit, mode: limit.mode, remaining: on ? Math.max(0, limit.limit! - used) : null };
}
