// Period closes. A close locks every date up to its to_date (postEntry moves later corrections
// into the open period). On 31 December the year closes: the tax estimate is posted, every
// revenue and expense balance moves into SHU tahun berjalan, and the SHU is recorded for the SHU run.
import { ACCOUNTS, turnoverTax, yearClosePosting, type Part } from '../../../shared/books/posting';
import type { CloseResult } from '../../../shared/api/books';
import { AppError } from '../../../shared/errors';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { outletToday, settingOn } from '../settings/settings';
import { balances } from './ledger';
import { postEntry } from './journal';

interface CloseRow {
  kind: 'month' | 'year';
  to_date: string;
  year: number | null;
  surplus_before_tax: number | null;
  tax: number | null;
  shu: number | null;
}

const view = (r: CloseRow): CloseResult => ({ kind: r.kind, toDate: r.to_date, year: r.year, surplusBeforeTax: r.surplus_before_tax, tax: r.tax, shu: r.shu });

export function closeBooks(core: Core, to: string, userId: string | null): CloseResult {
  return inTransaction(core, () => {
    if (to >= outletToday(core)) throw new AppError('BOOKS_CLOSE_IN_FUTURE', { toDate: to });
    const isYearEnd = to.slice(5) === '12-31';
    if (!isYearEnd) {
      core.db.prepare("INSERT INTO books_closes (kind, to_date, closed_by, closed_at) VALUES ('month', ?, ?, ?)").run(to, userId, core.now().toISOString());
      audit(core, { userId, action: 'books.close', entity: 'books', entityId: to, details: { kind: 'month' } });
      return view({ kind: 'month', to_date: to, year: null, surplus_before_tax: null, tax: null, shu: null });
    }
    const year = Number(to.slice(0, 4));
    if (core.db.prepare("SELECT 1 FROM books_closes WHERE kind = 'year' AND year = ?").get(year)) throw new AppError('BOOKS_YEAR_CLOSED', { year });
    const from = `${year}-01-01`;
    const income = () => balances(core, from, to, true).filter((b) => b.kind === 'revenue' || b.kind === 'expense');
    const before = income();
    const surplusBeforeTax = -before.reduce((s, b) => s + (b.debit - b.credit), 0);
    const turnover = before.filter((b) => b.code.startsWith('41')).reduce((s, b) => s + b.balance, 0);
    const tax = settingOn(core, 'books.tax.final_on_turnover', to)
      ? turnoverTax(turnover, settingOn(core, 'books.tax.final_rate_pct', to), settingOn(core, 'books.tax.final_turnover_ceiling', to))
      : 0;
    postEntry(core, {
      date: to,
      docType: 'books_tax',
      docId: String(year),
      memo: `Taksiran PPh tahun ${year}`,
      parts: [
        [ACCOUNTS.bebanPajak, tax],
        [ACCOUNTS.utangPajak, -tax],
      ],
      userId,
    });
    const closing: Part[] = yearClosePosting(income().map((b) => [b.code, b.debit - b.credit] as const));
    const entryId = postEntry(core, { date: to, docType: 'books_close', docId: String(year), memo: `Tutup buku tahun ${year}`, parts: closing, userId });
    const shu = surplusBeforeTax - tax;
    core.db
      .prepare(
        "INSERT INTO books_closes (kind, to_date, year, surplus_before_tax, tax, shu, entry_id, closed_by, closed_at) VALUES ('year', ?, ?, ?, ?, ?, ?, ?, ?)",
      )
      .run(to, year, surplusBeforeTax, tax, shu, entryId, userId, core.now().toISOString());
    audit(core, { userId, action: 'books.close', entity: 'books', entityId: to, details: { kind: 'year', surplusBeforeTax, tax, shu } });
    return view({ kind: 'year', to_date: to, year, surplus_before_tax: surplusBeforeTax, tax, shu });
  });
}

/** The SHU the year-end close recorded: what `kkmp shu --from-books` divides. */
export function closedYear(core: Core, year: number): CloseResult {
  const r = core.db.prepare("SELECT kind, to_date, year, surplus_before_tax, tax, shu FROM books_closes WHERE kind = 'year' AND year = ?").get(year) as
    CloseRow | undefined;
  if (!r) throw new AppError('BOOKS_YEAR_NOT_CLOSED', { year });
  return view(r);
}
