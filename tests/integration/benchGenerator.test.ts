// The benchmark's outlet generator at a tiny scale: the same seed makes the same database, and
// what it makes is a consistent outlet (ledger = balances, audit chain intact).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCALES, contentHash, generateOutlet, openOutlet } from '../../bench/generate';
import { verifyAuditChain } from '../../electron/services/auth/audit';
import { verifyFile } from '../../electron/services/backup/backup';
import { hasValidCheckDigit } from '../../shared/barcode';

const dir = mkdtempSync(join(tmpdir(), 'kkmp-bench-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function hashOf(seed: number, name: string): Promise<string> {
  const outlet = await generateOutlet(SCALES.tiny!, seed, { dir: join(dir, name) });
  const host = openOutlet(outlet.fullDb);
  try {
    return contentHash(host);
  } finally {
    host.close();
  }
}

describe('bench outlet generator (tiny scale)', () => {
  it('makes the same database from the same seed, and another from another seed', async () => {
    const a = await hashOf(7, 'a');
    const b = await hashOf(7, 'b');
    const c = await hashOf(8, 'c');
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  }, 120_000);

  it('writes an outlet that passes verify: the year of sales, valid EAN-13s, balances equal to the ledger, an intact audit chain', async () => {
    const outlet = await generateOutlet(SCALES.tiny!, 7, { dir: join(dir, 'a') });
    const host = openOutlet(outlet.fullDb);
    try {
      const db = host.core.db;
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      expect(count('SELECT COUNT(*) AS n FROM sales')).toBe(SCALES.tiny!.sales);
      expect(count('SELECT COUNT(*) AS n FROM sale_lines')).toBe(SCALES.tiny!.sales * SCALES.tiny!.linesPerSale);
      expect(count('SELECT COUNT(*) AS n FROM stock_moves')).toBeGreaterThanOrEqual(SCALES.tiny!.movesTarget);
      expect(count("SELECT COUNT(DISTINCT business_date) AS n FROM sales WHERE business_date LIKE '2025-%'")).toBeGreaterThan(300);
      const gtins = (db.prepare('SELECT gtin FROM product_barcodes').all() as { gtin: string }[]).map((r) => r.gtin);
      expect(gtins.every((g) => g.startsWith('0899') && hasValidCheckDigit(g.slice(1)))).toBe(true);
      expect(
        count(`SELECT COUNT(*) AS n FROM stock_balances b
                    WHERE b.qty_milli <> (SELECT COALESCE(SUM(qty_milli), 0) FROM stock_moves m WHERE m.product_id = b.product_id)`),
      ).toBe(0);
      expect(count('SELECT COUNT(*) AS n FROM stock_balances WHERE qty_milli < 0')).toBe(0);
      expect(verifyAuditChain(db)).toEqual([]);
    } finally {
      host.close();
    }
    // The foundation's `kkmp verify`: migrations, foreign keys, integrity, balances, totals, receipt numbers, audit chain.
    expect(verifyFile(outlet.fullDb)).toEqual([]);
  }, 120_000);
});
