// Append-only, hash-chained audit log. Each hash covers the previous hash and this entry, so an
// edit anywhere breaks the chain from that point on (verifyAuditChain finds it).
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { inTransaction, type Core } from '../core';
import type { Db } from '../../db/connection';
import { auditHashMaterial, checkAuditRow, type AuditRow } from '../../../shared/sync/auditChain';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  userId: string | null;
  action: string;
  entity?: string;
  entityId?: string;
  details?: Record<string, unknown>;
}

// The pusat rechecks the same hash for every audit fact it receives: one definition, in shared/.
const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

// A system caller (the CLI, the desktop main process) is no row of `users`, so the services get
// a null user id for their foreign keys; the audit row still has to say who acted. The router
// runs a system call inside this scope and every audit entry written during it names the caller.
const systemActor = new AsyncLocalStorage<string>();

/** Runs `work` as the system caller `name`: audit entries without a user say `system:<name>`. */
export function asSystemActor<T>(name: string, work: () => T): T {
  return systemActor.run(`system:${name}`, work);
}

/** Call inside the transaction of the change being audited (alone, it gets its own, sealed). */
export function audit(core: Core, entry: AuditEntry): void {
  if (!core.db.inTransaction) return inTransaction(core, () => audit(core, entry));
  const at = core.now().toISOString();
  const prev = (core.db.prepare('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined)?.hash ?? GENESIS_HASH;
  const row = {
    userId: entry.userId ?? systemActor.getStore() ?? null,
    action: entry.action,
    entity: entry.entity ?? null,
    entityId: entry.entityId ?? null,
    details: JSON.stringify(entry.details ?? {}),
  };
  core.db
    .prepare('INSERT INTO audit_log (at, user_id, action, entity, entity_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(at, row.userId, row.action, row.entity, row.entityId, row.details, prev, sha256Hex(auditHashMaterial(prev, at, row)));
}

export interface ChainBreak {
  id: number;
  reason: 'prev_hash' | 'hash';
}

export function verifyAuditChain(db: Db): ChainBreak[] {
  const breaks: ChainBreak[] = [];
  let prev = GENESIS_HASH;
  const rows = db
    .prepare('SELECT id, at, user_id, action, entity, entity_id, details, prev_hash, hash FROM audit_log ORDER BY id')
    .iterate() as IterableIterator<AuditRow & { id: number }>;
  for (const r of rows) {
    const { linked, sealed } = checkAuditRow(prev, r, sha256Hex);
    if (!linked) breaks.push({ id: r.id, reason: 'prev_hash' });
    if (!sealed) breaks.push({ id: r.id, reason: 'hash' });
    prev = r.hash;
  }
  return breaks;
}
