// The journal's anchor outside the database: the chain head and the receipt counts, printed on
// the Z report and written beside each backup. Deleting the last sales together with the last
// journal entries leaves a consistent file, but no longer the head and count recorded here.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Db } from '../../db/connection';
import { journalHead, type JournalHead } from './journal';

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

/** `SEQ:MAC` as printed on the Z report. */
export function parseAnchorText(text: string): JournalAnchor | null {
  const m = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  return m ? { head: { seq: Number(m[1]), mac: m[2]!, at: null }, receipts: [] } : null;
}
