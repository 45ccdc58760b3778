// What an audit entry's hash covers, and how a stored entry is checked against the chain. The
// outlet chains its audit log with it and the pusat rechecks every audit fact it receives, so both
// build exactly the same text. The digest itself (SHA-256) is passed in: shared/ stays free of
// Node, and both callers hand it node:crypto.
export interface AuditHashFields {
  userId: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  /** The details as the JSON text stored, not re-serialised. */
  details: string;
}

/** An audit entry as stored in `audit_log` and carried in a sync fact's payload. */
export interface AuditRow {
  at: string;
  user_id: string | null;
  action: string;
  entity: string | null;
  entity_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export function auditHashMaterial(prev: string, at: string, e: AuditHashFields): string {
  return [prev, at, e.userId ?? '', e.action, e.entity ?? '', e.entityId ?? '', e.details].join('\u001f');
}

/** `linked`: the row names `prev` as its predecessor; `sealed`: its hash is the digest of what it says. */
export function checkAuditRow(prev: string, r: AuditRow, sha256Hex: (text: string) => string): { linked: boolean; sealed: boolean } {
  const material = auditHashMaterial(r.prev_hash, r.at, { userId: r.user_id, action: r.action, entity: r.entity, entityId: r.entity_id, details: r.details });
  return { linked: r.prev_hash === prev, sealed: sha256Hex(material) === r.hash };
}
