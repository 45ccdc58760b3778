// `kkmp verify`: is this database whole and honest? Schema up to date, foreign keys and pages
// intact, every stock balance equal to the sum of its moves, every sale's money adding up,
// receipt numbers without holes, and the audit chain unbroken. Works on any file (a live
// outlet, a backup copy) without migrating or writing anything.
import type { Db } from '../../db/connection';
import { loadMigrations, type Migration } from '../../db/migrate';
import { verifyAuditChain } from '../auth/audit';
import { verifyJournal } from '../journal/journalVerify';
import { reconcileMoves } from '../journal/reconcile';
import type { JournalAnchor } from '../journal/anchor';

export interface VerifyProblem {
  check:
    | 'migrations'
    | 'integrity'
    | 'foreign_keys'
    | 'stock_balance'
    | 'sale_totals'
    | 'receipt_numbers'
    | 'audit_chain'
    | 'journal_chain'
    | 'journal_rows'
    | 'moves_vs_documents';
  detail: string;
}

export interface VerifyOptions {
  /** The journal key (from the outlet's key store); without it the HMACs go unchecked. */
  journalKey?: Buffer | null;
  /** Records kept outside the database: Z reports, backup manifests. */
  anchors?: JournalAnchor[];
}

export function verifyDatabase(db: Db, options: VerifyOptions = {}, migrations: Migration[] = loadMigrations()): VerifyProblem[] {
  const problems: VerifyProblem[] = [];
  const add = (check: VerifyProblem['check'], detail: string) => problems.push({ check, detail });

  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  for (const r of integrity) if (r.integrity_check !== 'ok') add('integrity', r.integrity_check);
  if (problems.length > 0) return problems; // a damaged file makes every later answer doubtful

  const hasMigrations = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  const applied = new Set(hasMigrations ? (db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]) : []);
  const known = new Set(migrations.map((m) => m.version));
  for (const m of migrations) if (!applied.has(m.version)) add('migrations', `pending migration ${m.name}`);
  for (const v of applied) if (!known.has(v)) add('migrations', `database has migration ${v} this app does not know (newer app?)`);
  if (!applied.has(1)) return problems; // not a Kasir KKMP database yet: nothing else to check

  for (const r of db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[]) {
    add('foreign_keys', `${r.table} row ${r.rowid} points to a missing ${r.parent}`);
  }

  const mismatched = db
    .prepare(
      `SELECT b.product_id AS id, p.sku, b.qty_milli AS balance, COALESCE(m.total, 0) AS moves
       FROM stock_balances b LEFT JOIN products p ON p.id = b.product_id
       LEFT JOIN (SELECT product_id, SUM(qty_milli) AS total FROM stock_moves GROUP BY product_id) m ON m.product_id = b.product_id
       WHERE b.qty_milli <> COALESCE(m.total, 0)`,
    )
    .all() as { id: string; sku: string | null; balance: number; moves: number }[];
  for (const r of mismatched) add('stock_balance', `${r.sku ?? r.id}: balance ${r.balance} ≠ sum of moves ${r.moves} (milli)`);
  const missing = db
    .prepare(
      'SELECT DISTINCT m.product_id AS id, p.sku FROM stock_moves m LEFT JOIN products p ON p.id = m.product_id WHERE m.product_id NOT IN (SELECT product_id FROM stock_balances)',
    )
    .all() as { id: string; sku: string | null }[];
  for (const r of missing) add('stock_balance', `${r.sku ?? r.id}: has stock moves but no balance row`);

  const badSales = db
    .prepare(
      `SELECT s.receipt_no, s.total, s.paid, s.change_due,
         (SELECT COALESCE(SUM(line_total), 0) FROM sale_lines WHERE sale_id = s.id) AS lines,
         (SELECT COUNT(*) FROM sale_lines WHERE sale_id = s.id) AS n_lines,
         (SELECT COALESCE(SUM(amount), 0) FROM payments WHERE sale_id = s.id) AS payments
       FROM sales s
       WHERE s.total <> (SELECT COALESCE(SUM(line_total), 0) FROM sale_lines WHERE sale_id = s.id)
          OR s.paid <> (SELECT COALESCE(SUM(amount), 0) FROM payments WHERE sale_id = s.id)
          OR s.change_due <> s.paid - s.total - s.rounding
          OR NOT EXISTS (SELECT 1 FROM sale_lines WHERE sale_id = s.id)`,
    )
    .all() as { receipt_no: string; total: number; paid: number; change_due: number; lines: number; n_lines: number; payments: number }[];
  for (const s of badSales) {
    add(
      'sale_totals',
      `${s.receipt_no}: total ${s.total} vs lines ${s.lines} (${s.n_lines} lines), paid ${s.paid} vs payments ${s.payments}, change ${s.change_due}`,
    );
  }

  const days = db
    .prepare(
      `SELECT c.outlet_code, c.business_date, c.last_no, COUNT(s.id) AS n
       FROM receipt_counters c LEFT JOIN sales s ON s.outlet_code = c.outlet_code AND s.business_date = c.business_date
       GROUP BY c.outlet_code, c.business_date HAVING n <> c.last_no`,
    )
    .all() as { outlet_code: string; business_date: string; last_no: number; n: number }[];
  for (const d of days) add('receipt_numbers', `${d.outlet_code} ${d.business_date}: counter at ${d.last_no} but ${d.n} sales (a gap or a duplicate)`);
  const orphanDays = db
    .prepare(
      'SELECT DISTINCT outlet_code, business_date FROM sales s WHERE NOT EXISTS (SELECT 1 FROM receipt_counters c WHERE c.outlet_code = s.outlet_code AND c.business_date = s.business_date)',
    )
    .all() as { outlet_code: string; business_date: string }[];
  for (const d of orphanDays) add('receipt_numbers', `${d.outlet_code} ${d.business_date}: sales without a receipt counter`);

  const anchors = options.anchors ?? [];
  for (const a of anchors) {
    for (const r of a.receipts) {
      const n = db.prepare('SELECT COUNT(*) FROM sales WHERE outlet_code = ? AND business_date = ?').pluck().get(r.outletCode, r.businessDate) as number;
      if (n < r.count)
        add(
          'receipt_numbers',
          `${r.outletCode} ${r.businessDate}: ${n} sales, but an outside record (Z report / backup manifest) counted ${r.count}: sales were removed`,
        );
    }
  }
  if (db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'journal'").get()) {
    for (const f of verifyJournal(db, { key: options.journalKey ?? null, anchors: anchors.map((a) => a.head) })) add(f.check, f.detail);
  }
  for (const f of reconcileMoves(db)) add(f.check, f.detail);

  for (const b of verifyAuditChain(db))
    add(
      'audit_chain',
      `audit entry ${b.id}: ${b.reason === 'hash' ? 'content does not match its hash (edited)' : 'does not follow the previous entry (removed or reordered)'}`,
    );
  return problems;
}
