// Continuity of an outlet's audit chain across batches: every audit fact must link to the head
// the pusat already holds and hash to what it claims, and the batch's stated head must be where
// the chain ends. Returns the seq of the first fact that breaks it, or null.
import { createHash } from 'node:crypto';
import { checkAuditRow, type AuditRow } from '../../shared/sync/auditChain';
import type { SyncFact } from '../../shared/sync/batch';

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

export function chainBreak(
  head: string,
  facts: readonly SyncFact[],
  statedHead: string,
  lastSeq: number,
): { seq: number; head: string } | { seq: null; head: string } {
  let running = head;
  for (const f of facts) {
    if (f.kind !== 'audit') continue;
    const p = f.payload as unknown as AuditRow;
    if (typeof p.prev_hash !== 'string' || typeof p.details !== 'string') return { seq: f.seq, head: running };
    const { linked, sealed } = checkAuditRow(running, p, sha256Hex);
    if (!linked || !sealed) return { seq: f.seq, head: running };
    running = p.hash;
  }
  if (running !== statedHead) return { seq: lastSeq, head: running };
  return { seq: null, head: running };
}
