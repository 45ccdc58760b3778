// The demo outlet's books make sense to a pengurus reading them (the run's `kkmp seed --demo
// --until 2026-11-20`, support/demoTemplate.ts): its year opens with money in the bank through the opening-
// balances import, its purchases are paid from that bank, so no kas or bank account ends a day
// below zero, and its takings go to the bank weekly; the neraca balances, the laba rugi shows a gerai's thin margin, and the year's
// surplus so far can be shared as SHU.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openHost, type Host } from '../../electron/host/host';
import { listAccounts } from '../../electron/services/books/accounts';
import { balances, trialBalance } from '../../electron/services/books/ledger';
import { statement } from '../../electron/services/books/statements';
import { previewShu } from '../../electron/services/members/shuRuns';
import { copyDemo } from '../support/demoTemplate';

// The file that makes the run's template waits for a month of sales through the full commit.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const UNTIL = '2026-11-20';
const dir = mkdtempSync(join(tmpdir(), 'kkmp-demo-books-'));
let host: Host;
let days: string[];

beforeAll(() => {
  const db = join(dir, 'demo.sqlite');
  copyDemo(db, { until: UNTIL });
  host = openHost({ dbFile: db });
  // The demo month: the thirty business days up to UNTIL.
  days = Array.from({ length: 30 }, (_, i) => new Date(Date.parse(`${UNTIL}T12:00:00Z`) - (29 - i) * 86_400_000).toISOString().slice(0, 10));
});
afterAll(() => {
  host.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every account that holds money (kas besar, each drawer, kas kecil, bank), debit − credit on a date. */
function moneyOn(date: string): Map<string, number> {
  const cash = new Set(
    listAccounts(host.core)
      .filter((a) => a.cash === 1)
      .map((a) => a.code),
  );
  const tb = trialBalance(host.core, date);
  return new Map([...cash].map((code) => [code, tb.rows.filter((r) => r.accountCode === code).reduce((s, r) => s + r.debit - r.credit, 0)]));
}

describe('the demo outlet’s money', () => {
  it('opens the year with a bank balance imported as saldo awal, and pays its goods from the bank', () => {
    const opening = host.core.db.prepare("SELECT entry_date, memo FROM journal_entries WHERE doc_type = 'opening'").all();
    expect(opening).toEqual([{ entry_date: '2026-01-01', memo: 'Saldo awal per 2026-01-01' }]);
    const jan1 = moneyOn('2026-01-01');
    expect(jan1.get('1111')).toBeGreaterThan(0);
    // Goods bought outside a delivery are paid from the bank; nothing but the opening comes from saldo awal.
    const column = (sql: string) => host.core.db.prepare(sql).pluck().all();
    const lines = 'journal_lines l JOIN journal_entries e ON e.id = l.entry_id';
    expect(column(`SELECT DISTINCT l.account_code FROM ${lines} WHERE e.doc_type = 'demo' AND l.credit > 0 AND l.account_code GLOB '1*'`)).toEqual(['1111']);
    expect(column(`SELECT DISTINCT e.doc_type FROM ${lines} WHERE l.account_code = '3901'`)).toEqual(['opening']);
  });

  it('no kas or bank account ends a day of the demo month, or any month of the year, below zero', () => {
    const monthEnds = Array.from({ length: 10 }, (_, m) => new Date(Date.UTC(2026, m + 1, 0)).toISOString().slice(0, 10));
    const negative: string[] = [];
    for (const date of [...monthEnds, ...days]) for (const [code, v] of moneyOn(date)) if (v < 0) negative.push(`${date} ${code} ${v}`);
    expect(days[0]).toBe('2026-10-22');
    expect(negative).toEqual([]);
  });

  it('pays the brankas cash into the bank every week instead of keeping a month of takings in the safe', () => {
    const setoran = host.core.db
      .prepare("SELECT entry_date FROM cash_entries WHERE place = 'office' AND direction = 'out' AND account_code = '1111' ORDER BY entry_date")
      .pluck()
      .all();
    expect(setoran.length).toBeGreaterThanOrEqual(4);
    const end = moneyOn(UNTIL);
    expect(end.get('1101')).toBeLessThan(end.get('1111')!);
  });

  it('the neraca balances and the laba rugi shows a thin gerai margin with a surplus the SHU can share', () => {
    const neraca = statement(host.core, 'neraca', '2026-11-01', UNTIL);
    expect(neraca.balanced).toBe(true);
    const year = balances(host.core, '2026-01-01', UNTIL, true);
    const sum = (pick: (code: string) => boolean) => year.filter((b) => pick(b.code)).reduce((s, b) => s + b.balance, 0);
    const revenue = sum((c) => c.startsWith('41'));
    const hpp = sum((c) => c === '5101');
    const income = sum((c) => c.startsWith('4'));
    const expenses = sum((c) => c.startsWith('5') || c.startsWith('6'));
    // Subsidised staples sell at their HET a few percent over cost, local goods at 15–25 %.
    const grossPct = ((revenue - hpp) * 100) / revenue;
    expect(grossPct).toBeGreaterThan(5);
    expect(grossPct).toBeLessThan(25);
    const surplus = income - expenses;
    expect(surplus).toBeGreaterThan(0);
    const run = previewShu(host.core, 2026, surplus);
    expect(run.surplus).toBe(surplus);
    expect(run.members.filter((m) => m.purchaseBasis > 0).length).toBeGreaterThan(30);
    expect(run.totals.jasaUsaha).toBeGreaterThan(0);
    expect(run.totals.jasaUsaha).toBe(run.funds.find((f) => f.key === 'jasaUsaha')!.amount);
  });
});
