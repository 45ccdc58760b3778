// Two terminals (two separate host connections on one database file) sell LPG 3 kg in random
// interleavings. Whatever the order: no limit is ever exceeded, stock never goes below zero, the
// counters equal the log, and every refusal comes with a code and words for the cashier.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHost, type Host } from '../../electron/host/host';
import { createProduct } from '../../electron/services/catalog/catalog';
import { putSetting } from '../../electron/services/settings/settings';
import { errorText, knownErrorCodes } from '../../shared/i18n/errorMessages';
import { uuidv7 } from '../../shared/ids';
import { openLpgWorld, receive, SUPERVISOR, type LpgWorld } from '../support/lpgWorld';

const LIMITS = { perTransaction: 2, dayQty: 3, dayTransactions: 2, nikMonth: 5, kkMonth: 6 };

let w: LpgWorld;
let second: Host;
let terminals: ((
  method: string,
  input: unknown,
) => Promise<{ ok: boolean; error?: { code: string; params: Record<string, string | number | boolean | null> } }>)[];

beforeAll(async () => {
  w = await openLpgWorld(new Date('2027-01-05T02:00:00Z'));
  const core = w.h.core;
  const from = '2000-01-01';
  putSetting(core, 'lpg3.max_qty_per_transaction.RUMAH_TANGGA', from, LIMITS.perTransaction, null);
  putSetting(core, 'lpg3.max_qty_per_nik_per_day', from, LIMITS.dayQty, null);
  putSetting(core, 'lpg3.max_transactions_per_nik_per_day', from, LIMITS.dayTransactions, null);
  putSetting(core, 'lpg3.max_qty_per_nik_per_month', from, LIMITS.nikMonth, null);
  putSetting(core, 'lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA', from, LIMITS.kkMonth, null);
  for (const k of ['lpg3.max_transactions_per_nik_per_day', 'lpg3.max_qty_per_nik_per_month', 'lpg3.max_qty_per_kk_per_month.RUMAH_TANGGA'] as const)
    putSetting(core, `${k}.mode`, from, 'hard', null);
  // The second terminal: its own connection to the same file, the same keys and clock.
  second = openHost({ dbFile: w.h.dbFile, keys: core.keys, now: () => w.h.clock.now });
  const login = await second.router.call('auth.login', { username: 'sari', pin: '1111' }, null);
  const token2 = (login as { result: { token: string } }).result.token;
  const login1 = await w.h.router.call('auth.login', { username: 'sari', pin: '1111' }, null);
  const token1 = (login1 as { result: { token: string } }).result.token;
  terminals = [(m, i) => w.h.router.call(m, i, token1) as never, (m, i) => second.router.call(m, i, token2) as never];
});
afterAll(() => {
  second.close();
  w.h.dispose();
});

const step = fc.record({
  terminal: fc.integer({ min: 0, max: 1 }),
  buyer: fc.integer({ min: 0, max: 3 }),
  qty: fc.integer({ min: 1, max: 3 }),
  hoursLater: fc.constantFrom(0, 0, 1, 9, 24),
  emptyReturned: fc.boolean(),
});

let run = 0;
const seen = { sold: 0, codes: new Set<string>() };

describe('LPG limits under two terminals (fast-check)', () => {
  it('no limit is ever exceeded and every refusal is explained', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 40 }), fc.integer({ min: 2, max: 14 }), async (steps, stock) => {
        run++;
        // Each run gets its own month, product and buyers, so runs do not see each other.
        w.at(new Date(Date.UTC(2027, run, 1, 1, 0, 0)).toISOString());
        const core = w.h.core;
        const product = createProduct(
          core,
          {
            sku: `LPG-P${run}`,
            name: `LPG run ${run}`,
            unit: 'tabung',
            soldBy: 'piece',
            subsidyProgram: 'LPG3',
            lpgKind: 'refill',
            price: { amount: 19_000, validFrom: '2000-01-01' },
            ceilings: [{ kind: 'HET', amount: 19_000, validFrom: '2000-01-01' }],
          },
          null,
        );
        receive(core, product, stock);
        const buyers: string[] = [];
        // Four buyers in two KKs.
        for (let b = 0; b < 4; b++) buyers.push(await w.buyer(run * 10 + b, { kk: run * 10 + (b % 2) }));
        const refusals: { code: string; params: Record<string, string | number | boolean | null> }[] = [];
        for (const s of steps) {
          w.at(new Date(w.h.clock.now.getTime() + s.hoursLater * 3_600_000).toISOString());
          const r = await terminals[s.terminal]!('sales.commit', {
            id: uuidv7(w.h.clock.now.getTime()),
            lines: [{ productId: product, qtyMilli: s.qty * 1000, extra: { lpgBuyerId: buyers[s.buyer], emptyReturned: s.emptyReturned } }],
            payments: [{ method: 'cash', amount: 100_000 }],
            approval: s.emptyReturned ? undefined : SUPERVISOR,
          });
          if (r.ok) seen.sold++;
          else refusals.push(r.error!);
        }
        // Every refusal: a known code with words in both languages, every {fact} filled.
        for (const e of refusals) {
          seen.codes.add(e.code);
          expect(knownErrorCodes()).toContain(e.code);
          for (const lang of ['id', 'en'] as const) expect(errorText(e.code, e.params, lang)).not.toMatch(/\{\w+\}/);
        }
        // The limits, recounted from the log of sales that went through.
        const log = core.db
          .prepare('SELECT l.sale_id, l.buyer_id, l.kk_hash, l.business_date, l.qty FROM lpg_sale_lines l WHERE l.product_id = ?')
          .all(product) as { sale_id: string; buyer_id: string; kk_hash: string; business_date: string; qty: number }[];
        const sum = (key: (r: (typeof log)[number]) => string) => {
          const m = new Map<string, number>();
          for (const r of log) m.set(key(r), (m.get(key(r)) ?? 0) + r.qty);
          return [...m.values()];
        };
        const count = (key: (r: (typeof log)[number]) => string) => {
          const m = new Map<string, Set<string>>();
          for (const r of log) m.set(key(r), (m.get(key(r)) ?? new Set()).add(r.sale_id));
          return [...m.values()].map((v) => v.size);
        };
        for (const q of sum((r) => r.sale_id)) expect(q).toBeLessThanOrEqual(LIMITS.perTransaction);
        for (const q of sum((r) => `${r.buyer_id}|${r.business_date}`)) expect(q).toBeLessThanOrEqual(LIMITS.dayQty);
        for (const n of count((r) => `${r.buyer_id}|${r.business_date}`)) expect(n).toBeLessThanOrEqual(LIMITS.dayTransactions);
        for (const q of sum((r) => `${r.buyer_id}|${r.business_date.slice(0, 7)}`)) expect(q).toBeLessThanOrEqual(LIMITS.nikMonth);
        for (const q of sum((r) => `${r.kk_hash}|${r.business_date.slice(0, 7)}`)) expect(q).toBeLessThanOrEqual(LIMITS.kkMonth);
        const sold = log.reduce((s, r) => s + r.qty, 0);
        expect(sold).toBeLessThanOrEqual(stock);
        expect(core.db.prepare('SELECT qty_milli FROM stock_balances WHERE product_id = ?').pluck().get(product)).toBe((stock - sold) * 1000);
        // The counters the checks read agree with the log (the checks stay point lookups).
        for (const b of buyers) {
          const days = core.db.prepare('SELECT business_date, qty FROM lpg_buyer_day WHERE buyer_id = ? ORDER BY business_date').all(b) as {
            business_date: string;
            qty: number;
          }[];
          for (const d of days) {
            const fromLog = log.filter((r) => r.buyer_id === b && r.business_date === d.business_date).reduce((s, r) => s + r.qty, 0);
            expect(d.qty).toBe(fromLog);
          }
        }
      }),
      { numRuns: 12 },
    );
    // The runs did exercise both sides: sales went through, and limits and the stock gate refused.
    expect(seen.sold).toBeGreaterThan(0);
    expect([...seen.codes].filter((c) => c.startsWith('LPG_')).length).toBeGreaterThanOrEqual(3);
  }, 180_000);
});
