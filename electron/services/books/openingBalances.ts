// Opening balances for a koperasi that starts its books here mid-year (issue 18 item 6): a CSV or
// XLSX of account_code, debit, credit, checked row by row. Nothing is written unless every row is
// good, the file balances (debit = credit) and the date lies in an open period; then the whole
// file is one journal entry. Persediaan is refused: stock comes in as opening stock moves, so the
// books keep equalling the stock ledger at average cost.
import type { OpeningReport } from '../../../shared/api/books';
import { AppError, type ErrorParams } from '../../../shared/errors';
import { errorText, type ErrorCode } from '../../../shared/i18n/errorMessages';
import { sumRupiah } from '../../../shared/money';
import { audit } from '../auth/audit';
import { sheetRows, type SheetCell } from '../imports/sheetRows';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { lockedThrough, postEntry } from './journal';

const HEADERS = {
  code: ['account_code', 'kode_akun', 'kode', 'akun'],
  debit: ['debit', 'debet'],
  credit: ['credit', 'kredit'],
} as const;

const INVENTORY_PARENTS = ['1131', '1132', '1133', '1134', '1135'];

/** Whole rupiah as people type them: 1500000, 1.500.000, Rp1.500.000; empty is 0. null: not whole rupiah. */
export function rupiahCell(v: SheetCell): number | null {
  if (v === null) return 0;
  if (v instanceof Date) return null;
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : null;
  const s = v.replace(/^\s*Rp\s*/i, '').trim();
  if (s === '' || s === '-') return 0;
  if (!/^\d{1,3}(\.\d{3})+$|^\d+$/.test(s)) return null;
  const n = Number(s.replace(/\./g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

interface Line {
  row: number;
  code: string;
  debit: number;
  credit: number;
}

export async function importOpeningBalances(
  core: Core,
  input: { date: string; format: 'csv' | 'xlsx'; content: Buffer },
  userId: string | null,
): Promise<OpeningReport> {
  const table = await sheetRows(input.format, input.content);
  return importOpeningTable(core, { date: input.date, table }, userId);
}

/** The same check and posting over rows already read (header first): a caller with no file, such
 * as the demo outlet's opening position, goes through exactly the rules a file does. */
export function importOpeningTable(core: Core, input: { date: string; table: SheetCell[][] }, userId: string | null): OpeningReport {
  const { table } = input;
  const header = (table[0] ?? []).map((h) =>
    String(h ?? '')
      .trim()
      .toLowerCase()
      .replace(/\s+/g, '_'),
  );
  const col = (names: readonly string[]) => header.findIndex((h) => names.includes(h));
  const at = { code: col(HEADERS.code), debit: col(HEADERS.debit), credit: col(HEADERS.credit) };
  const missing = (Object.keys(at) as (keyof typeof at)[]).filter((k) => at[k] < 0);
  if (missing.length > 0) throw new AppError('IMPORT_HEADER_MISSING', { column: missing.map((k) => HEADERS[k][0]).join(', ') });

  const problems: OpeningReport['problems'] = [];
  const problem = (row: number, field: string, code: ErrorCode, params: ErrorParams) =>
    problems.push({ row, field, code, message: errorText(code, params, 'id') });
  const accounts = new Map(
    (
      core.db.prepare('SELECT code, kind, active, parent_code FROM accounts').all() as {
        code: string;
        kind: string;
        active: number;
        parent_code: string | null;
      }[]
    ).map((a) => [a.code, a]),
  );
  const seen = new Map<string, number>();
  const lines: Line[] = [];
  let rows = 0;
  table.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c === null || String(c).trim() === '')) return;
    rows++;
    const code = String(cells[at.code] ?? '').trim();
    const debit = rupiahCell(cells[at.debit] ?? null);
    const credit = rupiahCell(cells[at.credit] ?? null);
    const before = problems.length;
    const account = accounts.get(code);
    if (!account || account.active !== 1) problem(row, 'account_code', 'OPENING_ACCOUNT_UNKNOWN', { code });
    else if (INVENTORY_PARENTS.includes(account.parent_code ?? code)) problem(row, 'account_code', 'OPENING_INVENTORY', { code });
    else if (seen.has(code)) problem(row, 'account_code', 'OPENING_DUPLICATE', { code, first: seen.get(code)! });
    if (debit === null) problem(row, 'debit', 'OPENING_AMOUNT_INVALID', { value: String(cells[at.debit]) });
    if (credit === null) problem(row, 'credit', 'OPENING_AMOUNT_INVALID', { value: String(cells[at.credit]) });
    if (debit !== null && credit !== null && debit > 0 === credit > 0) problem(row, 'debit', 'OPENING_ONE_SIDE', { code });
    if (!seen.has(code)) seen.set(code, row);
    if (problems.length === before) lines.push({ row, code, debit: debit!, credit: credit! });
  });
  const totalDebit = sumRupiah(lines.map((l) => l.debit));
  const totalCredit = sumRupiah(lines.map((l) => l.credit));
  const report = (refusal: { code: ErrorCode; params: ErrorParams } | null): OpeningReport => ({
    date: input.date,
    rows,
    valid: lines.length,
    imported: refusal === null && problems.length === 0,
    totalDebit,
    totalCredit,
    problems,
    refusal: refusal ? { code: refusal.code, message: errorText(refusal.code, refusal.params, 'id') } : null,
  });

  if (rows === 0) return report({ code: 'OPENING_EMPTY', params: {} });
  if (problems.length > 0) return report({ code: 'OPENING_ROWS_BAD', params: { count: new Set(problems.map((p) => p.row)).size } });
  if (totalDebit !== totalCredit) return report({ code: 'OPENING_UNBALANCED', params: { debitAmount: totalDebit, creditAmount: totalCredit } });
  return inTransaction(core, () => {
    const locked = lockedThrough(core);
    if (locked && input.date <= locked) return report({ code: 'BOOKS_PERIOD_CLOSED', params: { lockedThrough: locked } });
    const done = core.db.prepare("SELECT entry_date FROM journal_entries WHERE doc_type = 'opening' LIMIT 1").pluck().get() as string | undefined;
    if (done) return report({ code: 'OPENING_DONE', params: { date: done } });
    postEntry(core, {
      date: input.date,
      docType: 'opening',
      docId: input.date,
      memo: `Saldo awal per ${input.date}`,
      parts: lines.map((l) => [l.code, l.debit - l.credit] as const),
      userId,
    });
    audit(core, { userId, action: 'books.opening', entity: 'books', entityId: input.date, details: { rows, totalDebit } });
    return report(null);
  });
}
