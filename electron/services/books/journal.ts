// The only writer of journal_entries / journal_lines. Called inside the operation's own
// transaction, so an operation and its books commit or roll back together.
import { prepared } from './prepared';
import { AppError } from '../../../shared/errors';
import { toLines, UnbalancedJournal, type Part } from '../../../shared/books/posting';
import type { Core } from '../core';

export interface EntryInput {
  date: string;
  docType: string;
  docId: string;
  memo: string;
  parts: readonly Part[];
  userId: string | null;
  movesThrough?: number;
  reversesId?: number | null;
}

/** The last date of the closed periods ('' when nothing is closed). */
export function lockedThrough(core: Core): string {
  return prepared(core, "SELECT COALESCE(MAX(to_date), '') FROM books_closes").pluck().get() as string;
}

function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Writes one balanced entry (nothing when every part nets to zero). A date inside a closed
 * period moves to the first open day: late corrections land in the open period. */
export function postEntry(core: Core, e: EntryInput): number | null {
  let lines;
  try {
    lines = toLines(e.parts);
  } catch (err) {
    if (err instanceof UnbalancedJournal) throw new AppError('BOOKS_UNBALANCED', { docType: e.docType, docId: e.docId });
    throw err;
  }
  if (lines.length === 0) return null;
  const locked = lockedThrough(core);
  const date = locked && e.date <= locked ? dayAfter(locked) : e.date;
  const id = prepared(
    core,
    'INSERT INTO journal_entries (entry_date, doc_type, doc_id, memo, reverses_id, moves_through, user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(date, e.docType, e.docId, e.memo, e.reversesId ?? null, e.movesThrough ?? 0, e.userId, core.now().toISOString()).lastInsertRowid as number;
  const insert = prepared(core, 'INSERT INTO journal_lines (entry_id, line_no, account_code, debit, credit) VALUES (?, ?, ?, ?, ?)');
  lines.forEach((l, i) => insert.run(id, i + 1, l.account, l.debit, l.credit));
  return id;
}
