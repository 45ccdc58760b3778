// The tamper suite (issue 16, item 9): a person with the SQLite file and the sqlite3 tool edits
// a real database file the app wrote; `kkmp verify` must name each edit with its row. The
// attacker has the file but not the outlet's key, so a recomputed plain SHA-256 does not help.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { PINS, setupShop } from '../support/shop';
import { kkmp } from '../support/cli';
import { cutLastSale } from '../support/cutLastSale';
import { uuidv7 } from '../../shared/ids';
import type { ShiftInfo } from '../../shared/api/shifts';
import { journalAnchor } from '../../electron/services/journal/anchor';

let h: TempHost;
let shop: ReturnType<typeof setupShop>;
let sales: { id: string; receipt_no: string }[];
let anchorFile: string;
let db: Database.Database;

beforeEach(async () => {
  h = openTempHost();
  shop = setupShop(h);
  const kasir: Caller = await h.as('sari', PINS.kasir);
  const shiftId = (await kasir<ShiftInfo>('shifts.open', { openingFloat: 100_000 })).shiftId;
  for (let i = 0; i < 3; i++) {
    await kasir('sales.commit', {
      id: uuidv7(),
      shiftId,
      lines: [{ productId: shop.products.gula, qtyMilli: 1000 }],
      payments: [{ method: 'cash', amount: 20_000 }],
    });
  }
  // What the Z report prints and the backup manifest keeps: the head and the day's count.
  anchorFile = join(h.dir, 'z-anchor.json');
  writeFileSync(anchorFile, JSON.stringify(journalAnchor(h.core.db, '2026-11-20')));
  h.close();
  db = new Database(h.dbFile); // the attacker's connection: no app code, just SQL
  sales = db.prepare('SELECT id, receipt_no FROM sales ORDER BY receipt_no').all() as typeof sales;
});
afterEach(() => {
  db.close();
  h.dispose();
});

async function verify(...extra: string[]): Promise<string> {
  const r = await kkmp('verify', '--db', h.dbFile, ...extra);
  expect(r.code).toBe(1);
  return r.err;
}

describe('kkmp verify names each direct edit of the file (real SQLite file, sqlite3-style edits)', () => {
  it('the untouched file verifies clean, against its anchor too', async () => {
    expect(await kkmp('verify', '--db', h.dbFile, '--anchor', anchorFile)).toEqual({ code: 0, out: `OK: ${h.dbFile}`, err: '' });
  });

  it('a fake stock move with the matching balance', async () => {
    const id = db
      .prepare(
        "INSERT INTO stock_moves (product_id, qty_milli, kind, doc_type, doc_id, user_id, at) VALUES (?, 5000, 'receipt', 'test', 'x', NULL, '2026-11-20T03:00:00Z')",
      )
      .run(shop.products.gula).lastInsertRowid;
    db.prepare('UPDATE stock_balances SET qty_milli = qty_milli + 5000 WHERE product_id = ?').run(shop.products.gula);
    const err = await verify();
    expect(err).toContain(`[journal_rows] stock_moves [${id}]: row not in the journal`);
    expect(err).toContain(`[journal_rows] stock_balances ["${shop.products.gula}"]: changed since journal entry`);
    expect(err).not.toContain('[stock_balance]'); // the ledger sum alone was fooled
  });

  it('a sale edited consistently across lines, total and payments', async () => {
    const s = sales[0]!;
    db.prepare('UPDATE sale_lines SET unit_price = 12000, line_total = 12000 WHERE sale_id = ?').run(s.id);
    db.prepare('UPDATE sales SET total = 12000, paid = 12000, change_due = 0 WHERE id = ?').run(s.id);
    db.prepare('UPDATE payments SET amount = 12000 WHERE sale_id = ?').run(s.id);
    const err = await verify();
    expect(err).toContain(`[journal_rows] sales ["${s.id}"]: changed since journal entry`);
    expect(err).toContain(`[journal_rows] sale_lines ["${s.id}",1]: changed`);
    expect(err).toContain(`[journal_rows] payments ["${s.id}",1]: changed`);
    expect(err).not.toContain('[sale_totals]');
  });

  it('an audit row edited with the plain SHA-256 chain recomputed after it', async () => {
    db.exec('DROP TRIGGER audit_log_no_update');
    const rows = db.prepare('SELECT * FROM audit_log ORDER BY id').all() as {
      id: number;
      at: string;
      user_id: string | null;
      action: string;
      entity: string | null;
      entity_id: string | null;
      details: string;
    }[];
    const target = rows.find((r) => r.action === 'sale.commit')!;
    let prev = '0'.repeat(64);
    for (const r of rows) {
      const details = r.id === target.id ? r.details.replace('17000', '1') : r.details;
      const hash = createHash('sha256')
        .update([prev, r.at, r.user_id ?? '', r.action, r.entity ?? '', r.entity_id ?? '', details].join('\u001f'))
        .digest('hex');
      db.prepare('UPDATE audit_log SET details = ?, prev_hash = ?, hash = ? WHERE id = ?').run(details, prev, hash, r.id);
      prev = hash;
    }
    const err = await verify();
    expect(err).not.toContain('[audit_chain]'); // the old unkeyed chain is fooled
    expect(err).toContain(`[journal_rows] audit_log [${target.id}]: changed since journal entry`);
  });

  it('the last audit rows deleted', async () => {
    db.exec('DROP TRIGGER audit_log_no_delete');
    const last = db.prepare('SELECT MAX(id) FROM audit_log').pluck().get() as number;
    db.prepare('DELETE FROM audit_log WHERE id >= ?').run(last - 1);
    const err = await verify();
    expect(err).toContain(`[journal_rows] audit_log [${last - 1}]: deleted`);
    expect(err).toContain(`[journal_rows] audit_log [${last}]: deleted`);
  });

  it("the day's last sale deleted with everything that points to it, journal tail included: the anchor shows it", async () => {
    cutLastSale(db, sales.at(-1)!, shop.products.gula, 1000);
    // Without the outside record the file is consistent again...
    expect((await kkmp('verify', '--db', h.dbFile)).code).toBe(0);
    // ...the Z report's head and count are not.
    const err = await verify('--anchor', anchorFile);
    expect(err).toMatch(/\[journal_chain\] journal ends at entry \d+, but an outside record .* shows entry \d+: the tail was cut off/);
    expect(err).toContain('[receipt_numbers] GI 2026-11-20: 2 sales, but an outside record (Z report / backup manifest) counted 3');
  });

  it('a sale marked voided without its reversing moves', async () => {
    const s = sales[1]!;
    db.prepare("UPDATE sales SET status = 'voided', voided_at = '2026-11-20T04:00:00Z', void_reason = 'salah' WHERE id = ?").run(s.id);
    const err = await verify();
    expect(err).toContain(`[moves_vs_documents] void of sale ${s.receipt_no} GULA1: voided, but its reversal moves put back 0 of 1000`);
    expect(err).toContain(`[journal_rows] sales ["${s.id}"]: changed since journal entry`);
  });

  it('a middle sale deleted and the later receipts renumbered', async () => {
    const [, middle, last] = sales as [(typeof sales)[0], (typeof sales)[0], (typeof sales)[0]];
    db.exec('DROP TRIGGER stock_moves_no_delete');
    db.prepare('DELETE FROM payments WHERE sale_id = ?').run(middle.id);
    db.prepare('DELETE FROM sale_lines WHERE sale_id = ?').run(middle.id);
    db.prepare('DELETE FROM stock_moves WHERE doc_id = ?').run(middle.id);
    db.prepare('DELETE FROM sales WHERE id = ?').run(middle.id);
    db.prepare('UPDATE sales SET receipt_no = ? WHERE id = ?').run(middle.receipt_no, last.id);
    db.prepare('UPDATE receipt_counters SET last_no = last_no - 1').run();
    db.prepare('UPDATE stock_balances SET qty_milli = qty_milli + 1000 WHERE product_id = ?').run(shop.products.gula);
    const err = await verify();
    expect(err).toContain(`[journal_rows] sales ["${middle.id}"]: deleted`);
    expect(err).toContain(`[journal_rows] sales ["${last.id}"]: changed since journal entry`);
    expect(err).toContain('[journal_rows] receipt_counters ["GI","2026-11-20"]: changed');
  });

  it('a price row overwritten', async () => {
    // Price rows are append-only (migration 0957): the editor has to drop the guard trigger first.
    const p = db.prepare('SELECT id FROM price_history WHERE product_id = ? ORDER BY id DESC LIMIT 1').get(shop.products.gula) as { id: number };
    db.exec('DROP TRIGGER price_history_no_update');
    db.prepare('UPDATE price_history SET price = 25000 WHERE id = ?').run(p.id);
    expect(await verify()).toContain(`[journal_rows] price_history [${p.id}]: changed since journal entry`);
  });

  it('a journal entry rewritten to match the edit, without the key, breaks the HMAC', async () => {
    db.exec('DROP TRIGGER journal_no_update');
    const e = db.prepare('SELECT seq, rows FROM journal ORDER BY seq DESC LIMIT 1').get() as { seq: number; rows: string };
    const rows = e.rows.replace(/\t[0-9a-f]{64}$/m, `\t${'1'.repeat(64)}`);
    db.prepare('UPDATE journal SET rows = ?, digest = ? WHERE seq = ?').run(rows, createHash('sha256').update(rows).digest('hex'), e.seq);
    expect(await verify()).toContain(`[journal_chain] journal entry ${e.seq}: HMAC does not match`);
  });
});
