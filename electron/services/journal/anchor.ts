// The journal's anchor outside the database: the chain head and the receipt counts, printed on
// the Z report and written beside each backup. Deleting the last sales together with the last
// journal entries leaves a consistent file, but no longer the head and count recorded here.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Db } from '../../db/connection';
import { journalHead, type JournalHead } from './journal';
import { parseTypedAnchor, zAnchor, type ZAnchor } from '../../../shared/journal/zAnchor';

export interface ReceiptCount {
  outletCode: string;
  businessDate: string;
  count: number;
}

export interface JournalAnchor {
  head: JournalHead;
  receipts: ReceiptCount[];
}

/** The anchor as of now; `businessDate` limits the receipt counts to that day (the Z report). */
export function journalAnchor(db: Db, businessDate?: string): JournalAnchor {
  const receipts = db
    .prepare(
      `SELECT outlet_code AS outletCode, business_date AS businessDate, last_no AS count FROM receipt_counters ${businessDate ? 'WHERE business_date = ?' : ''} ORDER BY business_date, outlet_code`,
    )
    .all(...(businessDate ? [businessDate] : [])) as ReceiptCount[];
  return { head: journalHead(db), receipts };
}

const anchorSchema = z.object({
  head: z.object({ seq: z.number().int().min(0), mac: z.string().regex(/^[0-9a-f]{64}$/), at: z.string().nullable() }),
  receipts: z.array(z.object({ outletCode: z.string(), businessDate: z.string(), count: z.number().int().min(0) })),
});

/** Reads an anchor from a backup manifest (its `journal` field) or a bare anchor file. */
export function readAnchorFile(file: string): JournalAnchor {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { journal?: unknown };
  return anchorSchema.parse(parsed.journal ?? parsed);
}

/** The Z report's anchor block: the head now and the outlet's receipt count that day. */
export function dayAnchor(db: Db, outletCode: string, businessDate: string): ZAnchor {
  const count = db.prepare('SELECT last_no FROM receipt_counters WHERE outlet_code = ? AND business_date = ?').pluck().get(outletCode, businessDate) as
    number | undefined;
  return zAnchor(journalHead(db), { outletCode, businessDate, receiptCount: count ?? 0 });
}

/** The Z report's anchor line typed back (`SEQ:MAC OUTLET/DATE/COUNT`), or a bare `SEQ:MAC`. */
export function parseAnchorText(text: string): JournalAnchor | null {
  const typed = parseTypedAnchor(text);
  return typed ? { head: { ...typed.head, at: null }, receipts: typed.receipts } : null;
}
