// The journal anchor as printed on the Z report: the chain head in short form and the day's
// receipt count, in one line a manager can type back into `kkmp verify --anchor` months later.
// 16 hex digits of the HMAC are 64 bits: nobody without the outlet's key can make an entry that
// matches them, and they still fit on 32 columns of 58 mm paper.
import { z } from 'zod';

export const SHORT_MAC_DIGITS = 16;

export const ZAnchor = z.strictObject({
  /** Sequence number of the journal's last entry when the report was made. */
  journalSeq: z.number().int().min(0),
  /** That entry's HMAC, first 16 hex digits. */
  journalMac: z.string().regex(/^[0-9a-f]{16}$/),
  outletCode: z.string(),
  businessDate: z.string(),
  /** Receipts numbered that day at the outlet so far (every terminal). */
  receiptCount: z.number().int().min(0),
  /** The line printed under "Jangkar jurnal", e.g. `812:3f9a0c1d2e4b5a69 GI/2026-11-20/37`. */
  code: z.string(),
});
export type ZAnchor = z.infer<typeof ZAnchor>;

export function zAnchor(head: { seq: number; mac: string }, day: { outletCode: string; businessDate: string; receiptCount: number }): ZAnchor {
  const journalMac = head.mac.slice(0, SHORT_MAC_DIGITS);
  return { journalSeq: head.seq, journalMac, ...day, code: `${head.seq}:${journalMac} ${day.outletCode}/${day.businessDate}/${day.receiptCount}` };
}

export interface TypedAnchor {
  head: { seq: number; mac: string };
  receipts: { outletCode: string; businessDate: string; count: number }[];
}

/**
 * Reads an anchor typed back from paper: `SEQ:MAC` (16 to 64 hex digits, the short or the full
 * head), optionally followed by `OUTLET/YYYY-MM-DD/COUNT`. Case and extra spaces do not matter,
 * because people copy it by hand. Null when it is not one.
 */
export function parseTypedAnchor(text: string): TypedAnchor | null {
  const m = /^(\d{1,12}):([0-9a-f]{16,64})(?:\s+([a-z0-9-]{1,16})\/(\d{4}-\d{2}-\d{2})\/(\d{1,7}))?$/i.exec(text.trim().replace(/\s+/g, ' '));
  if (!m) return null;
  const head = { seq: Number(m[1]), mac: m[2]!.toLowerCase() };
  if (!m[3]) return { head, receipts: [] };
  return { head, receipts: [{ outletCode: m[3].toUpperCase(), businessDate: m[4]!, count: Number(m[5]) }] };
}
