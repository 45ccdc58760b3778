import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import { IsoDate, type MethodContract } from './common';

/** A real calendar date (the contract-wide rule), so statement periods never meet an impossible day. */
const Day = IsoDate;
const Rp = z.number().int();

export const StatementKind = z.enum(['neraca', 'laba-rugi', 'arus-kas', 'ekuitas', 'buku-besar']);
export type StatementKind = z.infer<typeof StatementKind>;

export const AccountView = z.strictObject({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['asset', 'liability', 'equity', 'revenue', 'expense']),
  normal: z.enum(['debit', 'credit']),
  parentCode: z.string().nullable(),
  cash: z.boolean(),
  cashFlow: z.enum(['operasi', 'investasi', 'pendanaan']),
  active: z.boolean(),
});
export type AccountView = z.infer<typeof AccountView>;

export const TrialBalance = z.strictObject({
  to: Day,
  rows: z.array(z.strictObject({ accountCode: z.string(), accountName: z.string(), debit: Rp, credit: Rp })),
  totalDebit: Rp,
  totalCredit: Rp,
});
export type TrialBalance = z.infer<typeof TrialBalance>;

/** A statement as a table: the same rows feed the screen, CSV, XLSX and PDF. */
export const StatementRow = z.strictObject({
  code: z.string(),
  label: z.string(),
  /** Cells after the label: rupiah amounts, or text (dates, documents) in the buku besar. */
  values: z.array(z.union([Rp, z.string(), z.null()])),
  style: z.enum(['section', 'line', 'total']),
});
export const Statement = z.strictObject({
  kind: StatementKind,
  title: z.string(),
  outletName: z.string(),
  period: z.string(),
  columns: z.array(z.string()),
  rows: z.array(StatementRow),
  /** The check a reader makes first: neraca aset = kewajiban + ekuitas, arus kas = change in kas. */
  balanced: z.boolean(),
});
export type Statement = z.infer<typeof Statement>;
export type StatementRow = z.infer<typeof StatementRow>;

export const CloseResult = z.strictObject({
  kind: z.enum(['month', 'year']),
  toDate: Day,
  year: z.number().int().nullable(),
  surplusBeforeTax: Rp.nullable(),
  tax: Rp.nullable(),
  shu: Rp.nullable(),
});
export type CloseResult = z.infer<typeof CloseResult>;

export const OpeningReport = z.strictObject({
  date: Day,
  /** Rows with content, the header not counted. */
  rows: z.number().int().min(0),
  valid: z.number().int().min(0),
  /** true: the whole file was posted as one entry; false: nothing was written. */
  imported: z.boolean(),
  totalDebit: Rp,
  totalCredit: Rp,
  /** Row by row, in Indonesian (row 1 is the header). */
  problems: z.array(z.strictObject({ row: z.number().int().min(2), field: z.string(), code: z.string(), message: z.string() })),
  /** Why nothing was written (bad rows, unbalanced, closed period, imported before), in Indonesian. */
  refusal: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
});
export type OpeningReport = z.infer<typeof OpeningReport>;

const FileOut = z.strictObject({ fileName: z.string(), mime: z.string(), contentBase64: z.string() });

export const booksApi = {
  'books.accounts': { input: z.object({}), output: z.array(AccountView), roles: MANAGER_ROLES, summary: 'The chart of accounts, by code.' },
  'books.saveAccount': {
    input: z.object({
      code: z
        .string()
        .trim()
        .regex(/^\d{4}(\.\d{2})?$/),
      name: z.string().trim().min(1).max(80),
      kind: AccountView.shape.kind.optional(),
      active: z.boolean().optional(),
      cashFlow: AccountView.shape.cashFlow.optional(),
    }),
    output: AccountView,
    roles: MANAGER_ROLES,
    summary: 'Add an account, or rename / (de)activate one (a code and its kind never change).',
  },
  'books.trialBalance': {
    input: z.object({ to: Day }),
    output: TrialBalance,
    roles: MANAGER_ROLES,
    summary: 'Neraca saldo as of a date: each account on its debit or credit side.',
  },
  'books.statement': {
    input: z.object({ kind: StatementKind, from: Day, to: Day }),
    output: Statement,
    roles: MANAGER_ROLES,
    summary: 'A statement for [from, to] with the previous period beside (neraca: as of the day before from).',
  },
  'books.export': {
    input: z.object({ report: z.union([StatementKind, z.literal('neraca-saldo')]), from: Day.optional(), to: Day, format: z.enum(['csv', 'xlsx', 'pdf']) }),
    output: FileOut,
    roles: MANAGER_ROLES,
    summary: 'A statement or the neraca saldo as a CSV, XLSX or PDF file.',
  },
  'books.close': {
    input: z.object({ to: Day }),
    output: CloseResult,
    roles: MANAGER_ROLES,
    summary: 'Lock postings up to a date; on 31 December also close the year and record its SHU.',
  },
  'books.importOpening': {
    input: z.object({ date: Day, format: z.enum(['csv', 'xlsx']), contentBase64: z.string().max(5_000_000) }),
    output: OpeningReport,
    roles: MANAGER_ROLES,
    summary:
      'Import opening balances (account_code, debit, credit) from CSV/XLSX with a row-by-row report in Indonesian; one entry on the date, or nothing when a row is bad, the file does not balance, the date is in a closed period or balances were imported before.',
  },
  'books.paketRat': {
    input: z.object({ year: z.number().int().min(2000).max(2100) }),
    output: FileOut,
    roles: MANAGER_ROLES,
    summary:
      'The paket RAT of a year as one PDF: neraca, laba rugi, arus kas, perubahan ekuitas (the year before beside), daftar SHU and the simpanan summary.',
  },
  'books.yearShu': {
    input: z.object({ year: z.number().int().min(2000).max(2100) }),
    output: CloseResult,
    roles: MANAGER_ROLES,
    summary: 'The SHU of a closed year, for the SHU run (kkmp shu --from-books).',
  },
} satisfies Record<string, MethodContract>;
