// The chart of accounts: the seeded default (migration 0956) plus sub-accounts made on demand
// under a parent (a drawer per terminal, an utang usaha per supplier, persediaan per category).
import { prepared } from './prepared';
import { AppError } from '../../../shared/errors';
import type { Core } from '../core';

export interface AccountRow {
  code: string;
  name: string;
  kind: 'asset' | 'liability' | 'equity' | 'revenue' | 'expense';
  normal: 'debit' | 'credit';
  parent_code: string | null;
  cash: number;
  cash_flow: 'operasi' | 'investasi' | 'pendanaan';
  active: number;
}

export function listAccounts(core: Core): AccountRow[] {
  return prepared(core, 'SELECT code, name, kind, normal, parent_code, cash, cash_flow, active FROM accounts ORDER BY code').all() as AccountRow[];
}

/** The sub-account of `parent` for `key` (terminal, supplier, category), created the first time. */
export function subAccount(core: Core, parent: string, key: string, name: string): string {
  const found = prepared(core, 'SELECT code FROM accounts WHERE parent_code = ? AND sub_key = ?').pluck().get(parent, key) as string | undefined;
  if (found) return found;
  const p = prepared(core, 'SELECT kind, normal, cash, cash_flow FROM accounts WHERE code = ?').get(parent) as
    Pick<AccountRow, 'kind' | 'normal' | 'cash' | 'cash_flow'> | undefined;
  if (!p) throw new AppError('BOOKS_ACCOUNT_UNKNOWN', { code: parent });
  const n = (prepared(core, 'SELECT COUNT(*) FROM accounts WHERE parent_code = ?').pluck().get(parent) as number) + 1;
  const code = `${parent}.${String(n).padStart(2, '0')}`;
  prepared(core, 'INSERT INTO accounts (code, name, kind, normal, parent_code, sub_key, cash, cash_flow, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    code,
    name,
    p.kind,
    p.normal,
    parent,
    key,
    p.cash,
    p.cash_flow,
    core.now().toISOString(),
  );
  return code;
}

/** The manager adds an account or renames / (de)activates one; codes and kinds never change once used. */
export function saveAccount(
  core: Core,
  input: { code: string; name: string; kind?: AccountRow['kind']; active?: boolean; cashFlow?: AccountRow['cash_flow'] },
): AccountRow {
  const existing = prepared(core, 'SELECT code FROM accounts WHERE code = ?').get(input.code);
  if (existing) {
    prepared(core, 'UPDATE accounts SET name = ?, active = COALESCE(?, active), cash_flow = COALESCE(?, cash_flow) WHERE code = ?').run(
      input.name,
      input.active === undefined ? null : Number(input.active),
      input.cashFlow ?? null,
      input.code,
    );
  } else {
    if (!input.kind) throw new AppError('BOOKS_ACCOUNT_KIND_REQUIRED', { code: input.code });
    const normal = input.kind === 'asset' || input.kind === 'expense' ? 'debit' : 'credit';
    core.db
      .prepare('INSERT INTO accounts (code, name, kind, normal, cash_flow, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(input.code, input.name, input.kind, normal, input.cashFlow ?? 'operasi', Number(input.active ?? true), core.now().toISOString());
  }
  return prepared(core, 'SELECT code, name, kind, normal, parent_code, cash, cash_flow, active FROM accounts WHERE code = ?').get(input.code) as AccountRow;
}
