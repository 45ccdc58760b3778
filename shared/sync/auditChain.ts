// What an audit entry's hash covers. The outlet chains its audit log with it and the pusat
// recomputes it for every audit fact, so both must build exactly the same text.
export interface AuditHashFields {
  userId: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  /** The details as the JSON text stored, not re-serialised. */
  details: string;
}

export function auditHashMaterial(prev: string, at: string, e: AuditHashFields): string {
  return [prev, at, e.userId ?? '', e.action, e.entity ?? '', e.entityId ?? '', e.details].join('\u001f');
}
