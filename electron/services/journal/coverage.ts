// Which tables the journal commits to: every table a sale, a stock move, a void or return, a
// delivery, an opname, a price, a simpanan entry, an LPG logbook line, a receipt number or the
// audit trail lives in, and the books themselves (issue 18): the chart of accounts, the journal's
// entries and lines and the period closes (opening balances are journal entries too). Sessions,
// users' login counters and the catalog's names stay out: they change all day without being part
// of the books.
export const JOURNALED_TABLES = [
  'sales',
  'sale_lines',
  'payments',
  'sale_prints',
  'receipt_counters',
  'sale_returns',
  'sale_return_lines',
  'stock_moves',
  'stock_balances',
  'deliveries',
  'delivery_lines',
  'delivery_payments',
  'opnames',
  'opname_lines',
  // Prices live in their append-only history tables; `prices` and `price_ceilings` are views (migration 0957).
  'price_history',
  'price_ceiling_history',
  'settings',
  'shifts',
  'simpanan_entries',
  'simpanan_receipt_counters',
  'shu_runs',
  'shu_run_members',
  'shu_payouts',
  // Buku kas; the nota photos are committed to through the entry's photo_sha256.
  'cash_entries',
  'lpg_sale_lines',
  'lpg_buyer_day',
  'lpg_buyer_month',
  'lpg_kk_month',
  'lpg_outlet_month',
  'lpg_day_closes',
  'lpg_map_counts',
  'subsidy_sale_log',
  'accounts',
  'journal_entries',
  'journal_lines',
  'books_closes',
  // Refused sales the pusat counts by rule (issue 19): a deleted refusal would hide a breach.
  'rule_refusals',
  'audit_log',
] as const;
