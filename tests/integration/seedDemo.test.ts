import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { kkmp } from '../support/cli';
import { openDatabase } from '../../electron/db/connection';
import { openHost } from '../../electron/host/host';
import { seedDemo, type DemoSeeder } from '../../electron/services/demo';
import { testKeys } from '../support/tempHost';

// The demo outlet is a month of selling written through the real services: 20–40 s alone, well
// over a minute when CI runs other test files beside it; a timeout here says nothing of speed.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const dir = mkdtempSync(join(tmpdir(), 'kkmp-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kkmp seed --demo', () => {
  it('creates the database, a month of sales in open and closed shifts, and verify passes', async () => {
    const db = join(dir, 'demo.sqlite');
    const r = await kkmp('seed', '--demo', '--db', db, '--until', '2026-11-20');
    expect(r.code).toBe(0);
    expect(r.out).toContain('kasir 1111 (kasir)');
    expect(r.out).toContain('supervisor 3333 (supervisor)');
    expect((await kkmp('verify', '--db', db)).code).toBe(0);

    const d = openDatabase(db, { readonly: true });
    const one = (sql: string) => d.prepare(sql).pluck().get();
    try {
      expect(one('SELECT COUNT(*) FROM shifts WHERE closed_at IS NULL')).toBe(1);
      // The demo month (from 2026-10-22 WITA); the members' seeder adds market days earlier in the year.
      expect(one("SELECT COUNT(*) FROM shifts WHERE opened_at >= '2026-10-21T16:00:00Z'")).toBe(30);
      expect(one("SELECT COUNT(DISTINCT business_date) FROM sales WHERE business_date >= '2026-10-22'")).toBe(30);
      expect(one('SELECT COUNT(*) FROM sales')).toBeGreaterThan(600);
      expect(one("SELECT COUNT(*) FROM sales WHERE status = 'voided'")).toBeGreaterThan(0);
      expect(one('SELECT COUNT(*) FROM sale_returns')).toBeGreaterThan(0);
      expect(d.prepare("SELECT sku, subsidy_program, lpg_kind FROM products WHERE sku IN ('SPHP5', 'LPG3', 'LPG3-KOSONG', 'BG55') ORDER BY sku").all()).toEqual(
        [
          { sku: 'BG55', subsidy_program: 'NONE', lpg_kind: null },
          { sku: 'LPG3', subsidy_program: 'LPG3', lpg_kind: 'refill' },
          { sku: 'LPG3-KOSONG', subsidy_program: 'LPG3', lpg_kind: 'empty' },
          { sku: 'SPHP5', subsidy_program: 'SPHP', lpg_kind: null },
        ],
      );
      expect(one("SELECT amount FROM price_ceilings c JOIN products p ON p.id = c.product_id WHERE p.sku = 'SPHP5' AND kind = 'HET'")).toBe(65_500);
      expect(one("SELECT COUNT(*) FROM product_barcodes WHERE gtin LIKE '0899%'")).toBeGreaterThan(10);
      // Seeding is a system-only call of the router, audited as the caller that ran it.
      expect(d.prepare("SELECT user_id, details FROM audit_log WHERE action = 'demo.seed'").all()).toEqual([
        { user_id: 'system:cli', details: JSON.stringify({ until: '2026-11-20', seed: null }) },
      ]);
    } finally {
      d.close();
    }
    expect((await kkmp('seed', '--demo', '--db', db)).err).toContain('(SEED_DB_NOT_EMPTY)');
  });

  it("is deterministic, and runs the features' seeders with their onDay work inside each day's shift", () => {
    const run = (name: string) => {
      const clock = { now: new Date() };
      const host = openHost({ dbFile: join(dir, name), create: true, keys: testKeys(), now: () => clock.now });
      const seen: string[] = [];
      const seeder: DemoSeeder = (_core, ctx) => {
        seen.push(`skus ${Object.keys(ctx.products).length}`);
        ctx.onDay((core, day) =>
          seen.push(`${day.date} ${day.isToday} ${core.db.prepare('SELECT closed_at FROM shifts WHERE id = ?').pluck().get(day.shiftId)}`),
        );
      };
      try {
        seedDemo(host.core, clock, { until: '2026-11-20', days: 3, realNow: new Date('2026-11-20T23:00:00+08:00') }, [seeder]);
        return { seen, sales: host.core.db.prepare('SELECT receipt_no, total, paid FROM sales ORDER BY receipt_no').all() };
      } finally {
        host.close();
      }
    };
    const a = run('a.sqlite');
    const b = run('b.sqlite');
    expect(a.sales).toEqual(b.sales);
    expect(a.seen).toEqual(['skus 19', '2026-11-18 false null', '2026-11-19 false null', '2026-11-20 true null']);
  });
});
