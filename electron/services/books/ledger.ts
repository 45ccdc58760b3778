// Reading the journal: balances per account over a date range, and the neraca saldo.
import { Dec } from '../../../shared/money';
import type { Core } from '../core';
import type { AccountRow } from './accounts';
import { listAccounts } from './accounts';

export const BEGINNING = '0000-01-01';

export interface Balance extends AccountRow {
  debit: number;
  credit: number;
  /** On the account's normal side: debit − credit for debit accounts, credit − debit otherwise. */
  balance: number;
}

/** Debit and credit totals per account for entries dated in [from, to]; `excludeClosing` leaves the
 * year-end closing entries out (a laba rugi shows the year's income, not its closing). */
export function balances(core: Core, from: string, to: string, excludeClosing = false): Balance[] {
  const rows = core.db
    .prepare(
      `SELECT l.account_code AS code, SUM(l.debit) AS debit, SUM(l.credit) AS credit
       FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
       WHERE e.entry_date BETWEEN ? AND ? ${excludeClosing ? "AND e.doc_type <> 'books_close'" : ''} GROUP BY l.account_code`,
    )
    .all(from, to) as { code: string; debit: number; credit: number }[];
  const by = new Map(rows.map((r) => [r.code, r]));
  return listAccounts(core).map((a) => {
    const r = by.get(a.code);
    const debit = r?.debit ?? 0;
    const credit = r?.credit ?? 0;
    const net = new Dec(debit).sub(credit).toNumber();
    return { ...a, debit, credit, balance: a.normal === 'debit' ? net : -net };
  });
}

export interface TrialBalanceRow {
  accountCode: string;
  accountName: string;
  debit: number;
  credit: number;
}

/** Neraca saldo as of a date: each account's net balance on the debit or the credit side. */
export function trialBalance(core: Core, to: string): { to: string; rows: TrialBalanceRow[]; totalDebit: number; totalCredit: number } {
  const rows = balances(core, BEGINNING, to)
    .filter((b) => b.debit !== 0 || b.credit !== 0)
    .map((b) => {
      const net = b.debit - b.credit;
      return { accountCode: b.code, accountName: b.name, debit: net > 0 ? net : 0, credit: net < 0 ? -net : 0 };
    });
  const sum = (k: 'debit' | 'credit') => rows.reduce((s, r) => s.add(r[k]), new Dec(0)).toNumber();
  return { to, rows, totalDebit: sum('debit'), totalCredit: sum('credit') };
}
