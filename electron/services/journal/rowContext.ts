// Words for a finding on a row of the books: a journal key like [12,2] tells a bookkeeper
// nothing, so verify adds the document the entry belongs to, the line as it stands now, and
// whether the entry still balances. The journal only keeps hashes, so the old values cannot be
// shown; what the file says now, beside "changed", is what a person checks against paper.
import type { Db } from '../../db/connection';

interface EntryFacts {
  entry_date: string;
  doc_type: string;
  doc_id: string;
  receipt_no: string | null;
  debit: number;
  credit: number;
}

function entryWords(db: Db, entryId: number): string {
  const e = db
    .prepare(
      `SELECT e.entry_date, e.doc_type, e.doc_id, s.receipt_no,
              (SELECT COALESCE(SUM(debit), 0) FROM journal_lines WHERE entry_id = e.id) AS debit,
              (SELECT COALESCE(SUM(credit), 0) FROM journal_lines WHERE entry_id = e.id) AS credit
       FROM journal_entries e LEFT JOIN sales s ON e.doc_type = 'sale' AND s.id = e.doc_id WHERE e.id = ?`,
    )
    .get(entryId) as EntryFacts | undefined;
  if (!e) return `books entry ${entryId} (no longer in the file)`;
  const doc = `${e.doc_type} ${e.receipt_no ?? e.doc_id}`;
  const balance = e.debit === e.credit ? '' : `; its lines now total debit ${e.debit}, credit ${e.credit}: the entry no longer balances`;
  return `books entry ${entryId} of ${e.entry_date}, ${doc}${balance}`;
}

function lineWords(db: Db, entryId: number, lineNo: number): string {
  const l = db.prepare('SELECT account_code, debit, credit FROM journal_lines WHERE entry_id = ? AND line_no = ?').get(entryId, lineNo) as
    { account_code: string; debit: number; credit: number } | undefined;
  const line = l ? `line ${lineNo} now reads account ${l.account_code}, debit ${l.debit}, credit ${l.credit}` : `line ${lineNo}`;
  return `${line}; ${entryWords(db, entryId)}`;
}

/** Extra words for a finding on `tbl` at key `k` (the journal's JSON key), or '' for other tables. */
export function rowContext(db: Db, tbl: string, k: string): string {
  const key = JSON.parse(k) as unknown[];
  if (tbl === 'journal_lines') return ` — ${lineWords(db, Number(key[0]), Number(key[1]))}`;
  if (tbl === 'journal_entries') return ` — ${entryWords(db, Number(key[0]))}`;
  return '';
}
