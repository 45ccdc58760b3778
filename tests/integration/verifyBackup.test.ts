import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { PINS, setupShop } from '../support/shop';
import { kkmp } from '../support/cli';
import { openDatabase } from '../../electron/db/connection';
import { uuidv7 } from '../../shared/ids';
import type { ShiftInfo } from '../../shared/api/shifts';

let h: TempHost;
let kasir: Caller;
let shop: ReturnType<typeof setupShop>;
let shiftId: string;

async function sell(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await kasir('sales.commit', {
      id: uuidv7(),
      shiftId,
      lines: [{ productId: shop.products.gula, qtyMilli: 1000 }],
      payments: [{ method: 'cash', amount: 20_000 }],
    });
  }
}

beforeEach(async () => {
  h = openTempHost();
  shop = setupShop(h);
  kasir = await h.as('sari', PINS.kasir);
  shiftId = (await kasir<ShiftInfo>('shifts.open', { openingFloat: 100_000 })).shiftId;
  await sell(3);
});
afterEach(() => h.dispose());

describe('kkmp verify', () => {
  it('prints OK and exits 0 on a sound database', async () => {
    expect(await kkmp('verify', '--db', h.dbFile)).toEqual({ code: 0, out: `OK: ${h.dbFile}`, err: '' });
  });

  it("catches a stock balance edited behind the ledger's back: exit 1 and which product", async () => {
    h.core.db.prepare('UPDATE stock_balances SET qty_milli = qty_milli + 5000 WHERE product_id = ?').run(shop.products.gula);
    const r = await kkmp('verify', '--db', h.dbFile);
    expect(r.code).toBe(1);
    // Seen twice: by the ledger sum and by the journal, which sealed the balance row as it was.
    expect(r.err).toContain('2 masalah / problems');
    expect(r.err).toContain('- [stock_balance] GULA1: balance 52000 ≠ sum of moves 47000 (milli)');
    expect(r.err).toContain(`- [journal_rows] stock_balances ["${shop.products.gula}"]: changed since journal entry`);
  });

  it('catches an edited audit entry (trigger dropped to get past it) and a removed one', async () => {
    const db = h.core.db;
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete');
    const target = db.prepare("SELECT id FROM audit_log WHERE action = 'sale.commit' ORDER BY id LIMIT 1").pluck().get() as number;
    db.prepare("UPDATE audit_log SET details = json_set(details, '$.total', 1) WHERE id = ?").run(target);
    let r = await kkmp('verify', '--db', h.dbFile);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`- [audit_chain] audit entry ${target}: content does not match its hash (edited)`);

    db.prepare("UPDATE audit_log SET details = json_set(details, '$.total', 17000) WHERE id = ?").run(target);
    expect((await kkmp('verify', '--db', h.dbFile)).code).toBe(0);
    db.prepare('DELETE FROM audit_log WHERE id = ?').run(target);
    r = await kkmp('verify', '--db', h.dbFile);
    expect(r.err).toContain(`- [audit_chain] audit entry ${target + 1}: does not follow the previous entry (removed or reordered)`);
  });

  it('catches a half sale and a receipt-number gap', async () => {
    const sale = h.core.db.prepare('SELECT id, receipt_no FROM sales ORDER BY receipt_no LIMIT 1').get() as { id: string; receipt_no: string };
    h.core.db.prepare('DELETE FROM payments WHERE sale_id = ?').run(sale.id);
    h.core.db.prepare('UPDATE receipt_counters SET last_no = last_no + 1').run();
    const r = await kkmp('verify', '--db', h.dbFile);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`- [sale_totals] ${sale.receipt_no}: total 17000 vs lines 17000 (1 lines), paid 20000 vs payments 0, change 3000`);
    expect(r.err).toContain('- [receipt_numbers] GI 2026-11-20: counter at 4 but 3 sales (a gap or a duplicate)');
  });

  it('a missing file is a clear error, not a crash', async () => {
    const r = await kkmp('verify', '--db', join(h.dir, 'nope.sqlite'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/tidak bisa dibuka.*\(DB_CANNOT_OPEN\)/);
  });
});

describe('kkmp backup / restore', () => {
  it('round trip: the backup is verified, restore keeps the old file aside and brings back the backed-up state', async () => {
    const out = join(h.dir, 'backup.sqlite');
    const b = await kkmp('backup', '--db', h.dbFile, '--out', out);
    expect(b.code).toBe(0);
    expect(b.out).toContain('backup written and verified');
    expect(existsSync(`${out}.key`)).toBe(false); // the NIK key is exported on its own, never beside the backup
    expect((await kkmp('backup', '--db', h.dbFile, '--out', out)).err).toContain('FILE_EXISTS');

    await sell(2);
    h.close();
    const r = await kkmp('restore', '--from', out, '--db', h.dbFile);
    expect(r.code).toBe(0);
    expect(r.out).toContain('previous database kept');
    const previous = /kept: (.*)$/m.exec(r.out)![1]!;
    const restored = openDatabase(h.dbFile);
    const old = openDatabase(previous, { readonly: true });
    try {
      expect(restored.prepare('SELECT COUNT(*) FROM sales').pluck().get()).toBe(3);
      expect(old.prepare('SELECT COUNT(*) FROM sales').pluck().get()).toBe(5);
    } finally {
      restored.close();
      old.close();
    }
    expect((await kkmp('verify', '--db', h.dbFile)).code).toBe(0);
  });

  it('refuses to restore a backup that fails verification, and leaves the database alone', async () => {
    const out = join(h.dir, 'bad.sqlite');
    await kkmp('backup', '--db', h.dbFile, '--out', out);
    const bad = openDatabase(out);
    bad.prepare('UPDATE stock_balances SET qty_milli = 1').run();
    bad.close();
    h.close();
    const r = await kkmp('restore', '--from', out, '--db', h.dbFile);
    expect(r.code).toBe(1);
    expect(r.err).toContain('(BACKUP_NOT_VALID)');
    const db = openDatabase(h.dbFile, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM sales').pluck().get()).toBe(3);
    db.close();
  });
});
