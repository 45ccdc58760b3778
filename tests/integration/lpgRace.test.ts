// Two terminals as two processes race for the last allowed tabung of a KK on one database file.
// The checks run inside the commit's IMMEDIATE transaction, so exactly the allowed number is sold.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { putSetting } from '../../electron/services/settings/settings';
import { createProduct } from '../../electron/services/catalog/catalog';
import { openLpgWorld, receive, type LpgWorld } from '../support/lpgWorld';

const run = promisify(execFile);
let w: LpgWorld;
afterEach(() => w.h.dispose());

describe('two terminals, two processes', () => {
  it('sell exactly the KK limit between them and refuse the rest with the reason', async () => {
    // The workers use the real clock: the world starts today so its sessions and dates agree.
    w = await openLpgWorld(new Date());
    const core = w.h.core;
    writeFileSync(`${w.h.dbFile}.key`, JSON.stringify({ data: core.keys.dataKey().toString('base64'), lookup: core.keys.lookupKey().toString('base64') }), {
      mode: 0o600,
    });
    putSetting(core, 'lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA', '2000-01-01', 4, null);
    putSetting(core, 'lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA.mode', '2000-01-01', 'hard', null);
    putSetting(core, 'lpg3.max_transactions_per_nik_per_day.mode', '2000-01-01', 'off', null);
    const product = createProduct(
      core,
      {
        sku: 'LPG-RACE',
        name: 'LPG race',
        unit: 'tabung',
        soldBy: 'piece',
        subsidyProgram: 'LPG3',
        lpgKind: 'refill',
        price: { amount: 19_000, validFrom: '2000-01-01' },
        ceilings: [{ kind: 'HET', amount: 19_000, validFrom: '2000-01-01' }],
      },
      null,
    );
    receive(core, product, 6);
    const buyers = [await w.buyer(1, { kk: 7 }), await w.buyer(2, { kk: 7 }), await w.buyer(3, { kk: 7 })];
    const env = { ...process.env, START_AT: String(Date.now() + 2500) };
    const worker = (order: string[]) => run('npx', ['tsx', 'tests/support/lpgSellWorker.ts', w.h.dbFile, product, JSON.stringify(order), '3'], { env });
    const outs = await Promise.all([worker(buyers), worker([...buyers].reverse())]);
    const results = outs.flatMap((o) =>
      o.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { ok: boolean; code?: string }),
    );
    expect(results).toHaveLength(18);
    expect(results.filter((r) => r.ok)).toHaveLength(4);
    expect(new Set(results.filter((r) => !r.ok).map((r) => r.code))).toEqual(new Set(['LPG_KK_MONTH_LIMIT']));
    expect(core.db.prepare('SELECT qty_milli FROM stock_balances WHERE product_id = ?').pluck().get(product)).toBe(2000);
    expect(core.db.prepare('SELECT SUM(qty) FROM lpg_kk_month').pluck().get()).toBe(4);
  }, 60_000);
});
