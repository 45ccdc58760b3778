// The LPG part of `kkmp seed --demo`: buyers of every category, a month of LPG refills and SPHP
// sales that all stayed within the rules, the MAP routine done for every past day.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openHost, type Host } from '../../electron/host/host';
import { seedDemo } from '../../electron/services/demo';
import { lpgDemoSeeder } from '../../electron/services/demo/lpg';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testKeys } from '../support/tempHost';

// The demo outlet is a month of selling written through the real services: 20–40 s alone, well
// over a minute when CI runs other test files beside it; a timeout here says nothing of speed.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const dir = mkdtempSync(join(tmpdir(), 'kkmp-lpg-demo-'));
let host: Host;
beforeAll(() => {
  const clock = { now: new Date() };
  host = openHost({ dbFile: join(dir, 'demo.sqlite'), create: true, keys: testKeys(), now: () => clock.now });
  seedDemo(host.core, clock, { until: '2026-11-20', days: 30, realNow: new Date('2026-11-20T23:00:00+08:00') }, [lpgDemoSeeder]);
});
afterAll(() => {
  host.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('LPG demo data', () => {
  it('has registered buyers of every category (nelayan and petani imported)', () => {
    const rows = host.core.db.prepare('SELECT category, source, COUNT(*) AS n FROM lpg_buyers GROUP BY category, source ORDER BY category').all();
    expect(rows).toEqual([
      { category: 'NELAYAN_SASARAN', source: 'import', n: 2 },
      { category: 'PETANI_SASARAN', source: 'import', n: 2 },
      { category: 'RUMAH_TANGGA', source: 'counter', n: 11 },
      { category: 'USAHA_MIKRO', source: 'counter', n: 3 },
    ]);
  });

  it('has a month of LPG and SPHP sales within the rules', () => {
    const one = (sql: string) => host.core.db.prepare(sql).pluck().get() as number;
    expect(one('SELECT COUNT(DISTINCT business_date) FROM lpg_sale_lines')).toBeGreaterThanOrEqual(27);
    expect(one('SELECT SUM(qty) FROM lpg_sale_lines WHERE counted = 1')).toBeGreaterThan(60);
    expect(one("SELECT COUNT(*) FROM subsidy_sale_log WHERE program = 'SPHP'")).toBeGreaterThan(20);
    // Within the rules: the hard limits of the 2025 defaults were never passed (no approvals were given).
    expect(one("SELECT COUNT(*) FROM audit_log WHERE action = 'sale.override'")).toBe(0);
    expect(
      one(
        "SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM lpg_sale_lines l JOIN lpg_buyers b ON b.id = l.buyer_id WHERE b.category = 'RUMAH_TANGGA' GROUP BY l.buyer_id, l.business_date)",
      ),
    ).toBe(1);
    expect(
      one("SELECT MAX(q) FROM (SELECT SUM(qty) AS q FROM lpg_sale_lines WHERE category = 'RUMAH_TANGGA' GROUP BY kk_hash, substr(business_date, 1, 7))"),
    ).toBeLessThanOrEqual(10);
    expect(one('SELECT MAX(p) FROM (SELECT SUM(qty_milli) / 1000 AS p FROM subsidy_sale_log GROUP BY buyer_key, business_date)')).toBeLessThanOrEqual(2);
  });

  it('did the MAP routine for every past day', () => {
    const days = host.core.db.prepare('SELECT COUNT(*) FROM lpg_day_closes').pluck().get();
    expect(days).toBe(29);
    expect(host.core.db.prepare("SELECT COUNT(*) FROM lpg_sale_lines WHERE map_status = 'pending' AND business_date < '2026-11-20'").pluck().get()).toBe(0);
  });
});
