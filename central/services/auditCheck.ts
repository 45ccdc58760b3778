// Continuity of an outlet's audit chain across batches: every audit fact must link to the head
// the pusat already holds and hash to what it claims, and the batch's stated head must be where
// the chain ends. Returns the seq of the first fact that breaks it, or null.
import { createHash } from 'node:crypto';
import { auditHashMaterial } from '../../shared/sync/auditChain';
import type { SyncFact } from '../../shared/sync/batch';

interface AuditPayload {
  at: string;
  user_id: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export function chainBreak(
  head: string,
  facts: readonly SyncFact[],
  statedHead: string,
  lastSeq: number,
): { seq: number; head: string } | { seq: null; head: string } {
  let running = head;
  for (const f of facts) {
    if (f.kind !== 'audit') continue;
    const p = f.payload as unknown as AuditPayload;
    if (typeof p.prev_hash !== 'string' || typeof p.details !== 'string' || p.prev_hash !== running) return { seq: f.seq, head: running };
    const material = auditHashMaterial(p.prev_hash, p.at, { userId: p.user_id, action: p.action, entity: p.entity, entityId: p.entity_id, details: p.details });
    if (createHash('sha256').update(material).digest('hex') !== p.hash) return { seq: f.seq, head: running };
    running = p.hash;
  }
  if (running !== statedHead) return { seq: lastSeq, head: running };
  return { seq: null, head: running };
}
