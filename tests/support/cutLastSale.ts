// What a person with the SQLite file and the sqlite3 tool does to make the day's last sale vanish
// without a trace inside the file: the sale and all that points to it, the stock put back, the
// receipt counter turned back, the books' entries from that sale on, and the keyed journal's
// entries from that sale on, sequence included.
import type Database from 'better-sqlite3';

export function cutLastSale(db: Database.Database, sale: { id: string }, productId: string, qtyMilli: number): void {
  db.exec(
    'DROP TRIGGER stock_moves_no_delete; DROP TRIGGER audit_log_no_delete; DROP TRIGGER journal_no_delete; DROP TRIGGER journal_entries_no_delete; DROP TRIGGER journal_lines_no_delete',
  );
  const firstSeq = db.prepare('SELECT MIN(seq) FROM journal WHERE rows LIKE ?').pluck().get(`%sales\t["${sale.id}"]%`) as number;
  db.prepare('DELETE FROM payments WHERE sale_id = ?').run(sale.id);
  db.prepare('DELETE FROM sale_lines WHERE sale_id = ?').run(sale.id);
  db.prepare('DELETE FROM stock_moves WHERE doc_id = ?').run(sale.id);
  db.prepare('DELETE FROM audit_log WHERE entity_id = ? OR id > (SELECT MAX(id) FROM audit_log WHERE entity_id = ?)').run(sale.id, sale.id);
  db.prepare('DELETE FROM sales WHERE id = ?').run(sale.id);
  const firstEntry = db.prepare("SELECT MIN(id) FROM journal_entries WHERE doc_type = 'sale' AND doc_id = ?").pluck().get(sale.id) as number;
  db.prepare('DELETE FROM journal_lines WHERE entry_id >= ?').run(firstEntry);
  db.prepare('DELETE FROM journal_entries WHERE id >= ?').run(firstEntry);
  db.prepare('UPDATE stock_balances SET qty_milli = qty_milli + ? WHERE product_id = ?').run(qtyMilli, productId);
  db.prepare('UPDATE receipt_counters SET last_no = last_no - 1').run();
  db.prepare('DELETE FROM journal WHERE seq >= ?').run(firstSeq);
  db.prepare("UPDATE sqlite_sequence SET seq = ? WHERE name = 'journal'").run(firstSeq - 1);
  db.exec('DELETE FROM journal_pending');
}
