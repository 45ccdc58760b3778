// Regional values per kota: the dinas sets them, the outlets of the kota pull them (signed), each
// with the date from which it holds. A value for the same subject and date replaces the old one.
import { AppError } from '../../shared/errors';
import { requestSigningText, type OutletRequest } from '../../shared/sync/batch';
import { RegionalValue, regionalSubject } from '../../shared/sync/regional';
import type { Sql } from '../db';
import type { CentralUser } from './accounts';
import { signatureValid } from './enrolment';

/** How far an outlet's clock may be from ours for a signed request to count as fresh. */
const REQUEST_WINDOW_MS = 15 * 60_000;

export async function setRegionalValue(sql: Sql, user: CentralUser, value: RegionalValue): Promise<{ kota: string }> {
  await sql.query(
    `INSERT INTO regional_values (kota, subject, valid_from, value, set_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (kota, subject, valid_from) DO UPDATE SET value = excluded.value, set_by = excluded.set_by, set_at = now()`,
    [user.kota, regionalSubject(value), value.validFrom, JSON.stringify(value), user.id],
  );
  return { kota: user.kota };
}

export async function regionalValuesOf(sql: Sql, kota: string): Promise<RegionalValue[]> {
  const rows = await sql.query<{ value: unknown }>('SELECT value FROM regional_values WHERE kota = $1 ORDER BY subject, valid_from', [kota]);
  return rows.map((r) => RegionalValue.parse(typeof r.value === 'string' ? JSON.parse(r.value) : r.value));
}

export async function pullForOutlet(
  sql: Sql,
  request: OutletRequest,
  signature: string | undefined,
  now: Date,
): Promise<{ kota: string; values: RegionalValue[] }> {
  const rows = await sql.query<{ public_key: string; kota: string }>(
    'SELECT o.public_key, k.kota FROM outlets o JOIN koperasi k ON k.id = o.koperasi_id WHERE o.id = $1',
    [request.outletId],
  );
  const outlet = rows[0];
  if (!outlet) throw new AppError('SYNC_OUTLET_UNKNOWN', { outletId: request.outletId });
  if (!signature) throw new AppError('SYNC_UNSIGNED', { outletId: request.outletId, seq: 0 });
  if (!signatureValid(outlet.public_key, requestSigningText('regional.pull', request), signature))
    throw new AppError('SYNC_SIGNATURE_INVALID', { outletId: request.outletId, seq: 0 });
  if (Math.abs(Date.parse(request.at) - now.getTime()) > REQUEST_WINDOW_MS) throw new AppError('SYNC_REQUEST_STALE', { outletId: request.outletId });
  return { kota: outlet.kota, values: await regionalValuesOf(sql, outlet.kota) };
}
