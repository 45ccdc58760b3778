// A sale a rule refuses at the counter is kept as a fact of its own (rule_refusals, for the
// pusat's "refusals by rule"), on a real SQLite file through the router: the sale itself still
// writes nothing, the buyer is only the register's id or a masked NIK, the row goes to the outbox
// in its own transaction, a refusal the supervisor may lift is not one, and the ledger is append-only.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kkmp } from '../support/cli';
import { nikOf, openLpgWorld, type LpgWorld } from '../support/lpgWorld';
import { errorOf } from '../support/tempHost';

let w: LpgWorld;
beforeEach(async () => {
  w = await openLpgWorld(new Date('2026-01-10T02:00:00Z'));
});
afterEach(() => w.h.dispose());

const count = (sql: string) => w.h.core.db.prepare(sql).pluck().get() as number;
const refusals = () =>
  w.h.core.db.prepare('SELECT business_date, rule_code, product_id, qty_milli, buyer_ref FROM rule_refusals ORDER BY id').all() as Record<string, unknown>[];

describe('refusals at the counter', () => {
  it('a hard refusal writes no sale but one refusal row with its rule, product and buyer, and one outbox fact', async () => {
    const buyer = await w.buyer(7);
    const sales = count('SELECT count(*) FROM sales');
    expect((await errorOf(w.sell({ buyerId: buyer, qty: 2 }))).code).toBe('LPG_TX_LIMIT');
    expect((await errorOf(w.sell({ nik: nikOf(99) }))).code).toBe('LPG_BUYER_NOT_REGISTERED');
    expect(count('SELECT count(*) FROM sales')).toBe(sales);
    expect(refusals()).toEqual([
      { business_date: '2026-01-10', rule_code: 'LPG_TX_LIMIT', product_id: w.products.refill, qty_milli: 2000, buyer_ref: buyer },
      {
        business_date: '2026-01-10',
        rule_code: 'LPG_BUYER_NOT_REGISTERED',
        product_id: w.products.refill,
        qty_milli: 1000,
        buyer_ref: `****${nikOf(99).slice(-4)}`,
      },
    ]);
    const facts = w.h.core.db.prepare("SELECT payload FROM outbox WHERE kind = 'refusal' ORDER BY seq").pluck().all() as string[];
    expect(facts.map((p) => (JSON.parse(p) as { rule_code: string }).rule_code)).toEqual(['LPG_TX_LIMIT', 'LPG_BUYER_NOT_REGISTERED']);
    expect(facts.some((p) => p.includes(nikOf(99)))).toBe(false);
  });

  it('a finding the supervisor may lift is not a refusal, and a sale that passes records none', async () => {
    const buyer = await w.buyer(8);
    expect((await errorOf(w.sell({ buyerId: buyer, emptyReturned: false }))).code).toBe('APPROVAL_REQUIRED');
    await w.sell({ buyerId: buyer });
    expect(refusals()).toEqual([]);
  });

  it('the refusal ledger is append-only', async () => {
    expect((await errorOf(w.sell({ nik: nikOf(99) }))).code).toBe('LPG_BUYER_NOT_REGISTERED');
    expect(() => w.h.core.db.prepare("UPDATE rule_refusals SET rule_code = 'X'").run()).toThrow(/append-only/);
    expect(() => w.h.core.db.prepare('DELETE FROM rule_refusals').run()).toThrow(/append-only/);
  });

  it('a refusal deleted behind the app (plain SQL, the guard dropped) is named by kkmp verify', async () => {
    expect((await errorOf(w.sell({ nik: nikOf(99) }))).code).toBe('LPG_BUYER_NOT_REGISTERED');
    const file = w.h.dbFile;
    w.h.close();
    expect((await kkmp('verify', '--db', file)).code).toBe(0);
    const db = new Database(file);
    db.exec('DROP TRIGGER rule_refusals_no_delete');
    db.prepare('DELETE FROM rule_refusals').run();
    db.close();
    const r = await kkmp('verify', '--db', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/rule_refusals \[\d+\]/);
  });
});
