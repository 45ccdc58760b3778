// The books under the keyed journal (issue 18): someone with the SQLite file and plain SQL edits
// the koperasi's journal lines, entries, chart of accounts or closes behind the app's back (the
// append-only guards dropped first, as sqlite3 allows); `kkmp verify` must say which row of which
// document changed. Real SQLite file written by the app, the real CLI reading it.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { PINS, setupShop } from '../support/shop';
import { kkmp } from '../support/cli';
import { uuidv7 } from '../../shared/ids';
import type { ShiftInfo } from '../../shared/api/shifts';
import type { SaleResult } from '../../shared/api/sales';
import { openHost } from '../../electron/host/host';

interface Line {
  entry_id: number;
  line_no: number;
  account_code: string;
  debit: number;
  credit: number;
}

let h: TempHost;
let receipts: string[];
let db: Database.Database;

beforeEach(async () => {
  h = openTempHost();
  const shop = setupShop(h);
  const kasir: Caller = await h.as('sari', PINS.kasir);
  const shiftId = (await kasir<ShiftInfo>('shifts.open', { openingFloat: 100_000 })).shiftId;
  receipts = [];
  for (let i = 0; i < 2; i++) {
    const sale = await kasir<SaleResult>('sales.commit', {
      id: uuidv7(),
      shiftId,
      lines: [{ productId: shop.products.gula, qtyMilli: 1000 }],
      payments: [{ method: 'cash', amount: 20_000 }],
    });
    receipts.push(sale.receiptNo);
  }
  h.close();
  db = new Database(h.dbFile); // the editor's connection: no app code, just SQL
});
afterEach(() => {
  db.close();
  h.dispose();
});

/** The revenue line of the first sale's books entry, and what the whole entry adds up to per side. */
function revenueLine(): Line & { total: number } {
  const line = db
    .prepare(
      `SELECT l.* FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id JOIN sales s ON e.doc_type = 'sale' AND s.id = e.doc_id
       WHERE s.receipt_no = ? AND l.credit > 0 AND l.account_code LIKE '41%'`,
    )
    .get(receipts[0]) as Line;
  const total = db.prepare('SELECT SUM(debit) FROM journal_lines WHERE entry_id = ?').pluck().get(line.entry_id) as number;
  return { ...line, total };
}

async function verifyFails(): Promise<string> {
  const r = await kkmp('verify', '--db', h.dbFile);
  expect(r.code).toBe(1);
  return r.err;
}

describe('kkmp verify names each direct edit of the books (real SQLite file, plain SQL behind the app)', () => {
  it('the books the app wrote are sealed: the untouched file verifies clean', async () => {
    expect(db.prepare('SELECT COUNT(*) FROM journal_lines').pluck().get()).toBeGreaterThan(0);
    expect(await kkmp('verify', '--db', h.dbFile)).toEqual({ code: 0, out: `OK: ${h.dbFile}`, err: '' });
  });

  it('an amount lowered on one line: the line, its document and the broken balance are named', async () => {
    const l = revenueLine();
    db.exec('DROP TRIGGER journal_lines_no_update');
    db.prepare('UPDATE journal_lines SET credit = credit - 1000 WHERE entry_id = ? AND line_no = ?').run(l.entry_id, l.line_no);
    const err = await verifyFails();
    expect(err).toContain(`[journal_rows] journal_lines [${l.entry_id},${l.line_no}]: changed since journal entry`);
    expect(err).toContain(`line ${l.line_no} now reads account ${l.account_code}, debit 0, credit ${l.credit - 1000}`);
    expect(err).toContain(`books entry ${l.entry_id} of 2026-11-20, sale ${receipts[0]}`);
    expect(err).toContain(`its lines now total debit ${l.total}, credit ${l.total - 1000}: the entry no longer balances`);
  });

  it('a balanced edit (the same amount moved to another account) is still caught by the seal', async () => {
    const l = revenueLine();
    const other = l.account_code === '4101' ? '4102' : '4101';
    db.exec('DROP TRIGGER journal_lines_no_update');
    db.prepare('UPDATE journal_lines SET account_code = ? WHERE entry_id = ? AND line_no = ?').run(other, l.entry_id, l.line_no);
    const err = await verifyFails();
    expect(err).toContain(`[journal_rows] journal_lines [${l.entry_id},${l.line_no}]: changed since journal entry`);
    expect(err).toContain(`now reads account ${other}, debit 0, credit ${l.credit}`);
    expect(err).not.toContain('no longer balances');
  });

  it('a line deleted', async () => {
    const l = revenueLine();
    db.exec('DROP TRIGGER journal_lines_no_delete');
    db.prepare('DELETE FROM journal_lines WHERE entry_id = ? AND line_no = ?').run(l.entry_id, l.line_no);
    const err = await verifyFails();
    expect(err).toMatch(new RegExp(`\\[journal_rows\\] journal_lines \\[${l.entry_id},${l.line_no}\\]: deleted \\(journal entry \\d+ recorded it\\)`));
    expect(err).toContain(`sale ${receipts[0]}; its lines now total debit ${l.total}, credit ${l.total - l.credit}: the entry no longer balances`);
  });

  it('a balanced pair of lines added to a real entry, and a whole entry made up', async () => {
    const l = revenueLine();
    const next = (db.prepare('SELECT MAX(line_no) FROM journal_lines WHERE entry_id = ?').pluck().get(l.entry_id) as number) + 1;
    const add = db.prepare('INSERT INTO journal_lines (entry_id, line_no, account_code, debit, credit) VALUES (?, ?, ?, ?, ?)');
    add.run(l.entry_id, next, '6109', 5000, 0);
    add.run(l.entry_id, next + 1, '1101', 0, 5000);
    const fake = db
      .prepare(
        "INSERT INTO journal_entries (entry_date, doc_type, doc_id, memo, created_at) VALUES ('2026-11-20', 'manual', 'x', 'kas keluar', '2026-11-20T05:00:00Z')",
      )
      .run().lastInsertRowid as number;
    const err = await verifyFails();
    expect(err).toContain(
      `[journal_rows] journal_lines [${l.entry_id},${next}]: row not in the journal (written outside the app) — line ${next} now reads account 6109, debit 5000, credit 0`,
    );
    expect(err).toContain(`[journal_rows] journal_lines [${l.entry_id},${next + 1}]: row not in the journal`);
    expect(err).toContain(
      `[journal_rows] journal_entries [${fake}]: row not in the journal (written outside the app) — books entry ${fake} of 2026-11-20, manual x`,
    );
  });

  it('an account renamed in the chart, and a period close slipped in', async () => {
    db.prepare("UPDATE accounts SET name = 'Kas pribadi' WHERE code = '1101'").run();
    db.prepare("INSERT INTO books_closes (kind, to_date, closed_at) VALUES ('month', '2026-10-31', '2026-11-01T00:00:00Z')").run();
    const err = await verifyFails();
    expect(err).toContain('[journal_rows] accounts ["1101"]: changed since journal entry');
    expect(err).toMatch(/\[journal_rows\] books_closes \[\d+\]: row not in the journal/);
  });

  it('a file from before the books were sealed gets them sealed when the app opens it', async () => {
    // What an outlet's file looked like before this version: no recorded shape for the books'
    // tables, and the journal's triggers kept in the file itself (since moved to the connection).
    for (const tbl of ['accounts', 'journal_entries', 'journal_lines', 'books_closes']) db.prepare('DELETE FROM journal_columns WHERE tbl = ?').run(tbl);
    db.exec(
      "CREATE TRIGGER journal_sales_ins AFTER INSERT ON sales BEGIN INSERT INTO journal_pending (tbl, k, v) VALUES ('sales', json_array(NEW.id), '[]'); END",
    );
    db.close();
    const before = await verifyFails();
    expect(before).toContain('[journal_rows] journal_lines: not journaled');
    const host = openHost({ dbFile: h.dbFile });
    host.close();
    db = new Database(h.dbFile);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'journal_sales_ins'").pluck().get()).toBe(0);
    expect(await kkmp('verify', '--db', h.dbFile)).toEqual({ code: 0, out: `OK: ${h.dbFile}`, err: '' });
    // ...and from then on an edit shows.
    db.exec('DROP TRIGGER journal_lines_no_update');
    db.prepare('UPDATE journal_lines SET debit = debit + 1 WHERE debit > 0').run();
    expect(await verifyFails()).toMatch(/\[journal_rows\] journal_lines \[\d+,\d+\]: changed since journal entry/);
  });
});
