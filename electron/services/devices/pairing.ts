// LAN devices: a manager shows a one-time pairing code (8 digits, a few minutes), the new terminal
// types it on the pairing page once and receives a long random device token (kept as a cookie);
// only a hash of it is stored. Revoking a device ends its access at the next request.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { uuidv7 } from '../../../shared/ids';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { setting } from '../settings/settings';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** After this many wrong codes in a row every open code is voided: the manager shows a new one. */
const WRONG_CODES_VOID_ALL = 5;

/**
 * Counts a wrong code in its own transaction (the refused pairing's is rolled back) and voids
 * every open code at the limit. Kept in the database: the codes outlive a restart of the host.
 */
function countWrongCode(core: Core, now: string): void {
  inTransaction(core, () => {
    const count =
      (core.db
        .prepare(
          'INSERT INTO pairing_wrong_codes (id, count, last_at) VALUES (1, 1, ?) ON CONFLICT (id) DO UPDATE SET count = count + 1, last_at = excluded.last_at RETURNING count',
        )
        .pluck()
        .get(now) as number) ?? 1;
    if (count < WRONG_CODES_VOID_ALL) return;
    core.db.prepare('UPDATE pairing_codes SET used_at = ? WHERE used_at IS NULL').run(now);
    core.db.prepare('UPDATE pairing_wrong_codes SET count = 0').run();
    audit(core, { userId: null, action: 'device.pairing_codes_voided', details: { wrongCodes: count } });
  });
}

export interface Device {
  id: string;
  name: string;
  pairedAt: string;
  revokedAt: string | null;
}

export function issuePairingCode(core: Core, byUserId: string): { code: string; expiresAt: string } {
  const code = String(randomInt(0, 100_000_000)).padStart(8, '0');
  const expiresAt = new Date(core.now().getTime() + setting(core, 'lan.pairing_code_minutes') * 60_000).toISOString();
  inTransaction(core, () => {
    core.db.prepare('INSERT INTO pairing_codes (code_hash, created_by, expires_at) VALUES (?, ?, ?)').run(sha256(code), byUserId, expiresAt);
    audit(core, { userId: byUserId, action: 'device.pairing_code', details: { expiresAt } });
  });
  return { code, expiresAt };
}

/** Enrolls a device with a valid, unused code; returns the token the device keeps. */
export function pairDevice(core: Core, code: string, name: string): { deviceId: string; token: string } {
  const now = core.now().toISOString();
  const paired = inTransaction(core, () => {
    const row = core.db.prepare('SELECT created_by FROM pairing_codes WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?').get(sha256(code), now) as
      { created_by: string } | undefined;
    if (!row) return null;
    const deviceId = uuidv7(core.now().getTime());
    const token = randomBytes(32).toString('base64url');
    core.db.prepare('UPDATE pairing_codes SET used_at = ? WHERE code_hash = ?').run(now, sha256(code));
    core.db
      .prepare('INSERT INTO devices (id, name, token_hash, paired_at, paired_by) VALUES (?, ?, ?, ?, ?)')
      .run(deviceId, name, sha256(token), now, row.created_by);
    audit(core, { userId: row.created_by, action: 'device.paired', entity: 'device', entityId: deviceId, details: { name } });
    core.db.prepare('DELETE FROM pairing_wrong_codes').run(); // "in a row"
    return { deviceId, token };
  });
  if (paired) return paired;
  countWrongCode(core, now);
  throw new AppError('PAIRING_CODE_WRONG');
}

export function deviceByToken(core: Core, token: string): string | null {
  const row = core.db.prepare('SELECT id FROM devices WHERE token_hash = ? AND revoked_at IS NULL').get(sha256(token)) as { id: string } | undefined;
  return row?.id ?? null;
}

export function listDevices(core: Core): Device[] {
  return (
    core.db.prepare('SELECT id, name, paired_at, revoked_at FROM devices ORDER BY paired_at').all() as {
      id: string;
      name: string;
      paired_at: string;
      revoked_at: string | null;
    }[]
  ).map((r) => ({
    id: r.id,
    name: r.name,
    pairedAt: r.paired_at,
    revokedAt: r.revoked_at,
  }));
}

export function revokeDevice(core: Core, deviceId: string, byUserId: string): void {
  inTransaction(core, () => {
    const done = core.db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(core.now().toISOString(), deviceId);
    if (done.changes === 0) throw new AppError('DEVICE_UNKNOWN');
    audit(core, { userId: byUserId, action: 'device.revoked', entity: 'device', entityId: deviceId });
  });
}
