// Members against the target share of households per kelurahan. The dinas enters the households and
// the share (effective-dated, per kelurahan of its kota); the members come from the outlets' member
// facts, which carry no NIK and no name.
import type { Sql } from '../db';
import type { CentralUser } from './accounts';

export interface HouseholdsInput {
  kelurahan: string;
  households: number;
  targetPct: string;
  validFrom: string;
}

export async function setHouseholds(sql: Sql, user: CentralUser, i: HouseholdsInput): Promise<{ kota: string }> {
  await sql.query(
    `INSERT INTO kelurahan_households (kota, kelurahan, valid_from, households, target_pct, set_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (kota, kelurahan, valid_from) DO UPDATE SET households = excluded.households, target_pct = excluded.target_pct,
        set_by = excluded.set_by, set_at = now()`,
    [user.kota, i.kelurahan, i.validFrom, i.households, i.targetPct, user.id],
  );
  return { kota: user.kota };
}

export async function householdsOf(sql: Sql, kota: string) {
  const rows = await sql.query<{ kelurahan: string; valid_from: string; households: number; target_pct: string }>(
    `SELECT kelurahan, to_char(valid_from, 'YYYY-MM-DD') AS valid_from, households, target_pct::text AS target_pct
       FROM kelurahan_households WHERE kota = $1 ORDER BY kelurahan, valid_from`,
    [kota],
  );
  return rows.map((r) => ({ kelurahan: r.kelurahan, validFrom: r.valid_from, households: Number(r.households), targetPct: r.target_pct }));
}

/** Per koperasi on a date: members then active, the kelurahan's households and the target they make. */
export async function membersAgainstHouseholds(sql: Sql, scope: readonly string[], kota: string, date: string) {
  const rows = await sql.query<{
    koperasi_id: string;
    koperasi_name: string;
    kelurahan: string;
    members: string;
    households: number | null;
    target_pct: string | null;
    target: string | null;
  }>(
    `WITH h AS (SELECT DISTINCT ON (kelurahan) kelurahan, households, target_pct FROM kelurahan_households
                 WHERE kota = $2 AND valid_from <= $3::date ORDER BY kelurahan, valid_from DESC),
          m AS (SELECT o.koperasi_id, count(*) AS members FROM outlet_members m JOIN outlets o ON o.id = m.outlet_id
                 WHERE m.join_date <= $3::date AND (m.leave_date IS NULL OR m.leave_date > $3::date) GROUP BY o.koperasi_id)
     SELECT k.id AS koperasi_id, k.name AS koperasi_name, k.kelurahan, coalesce(m.members, 0) AS members, h.households, h.target_pct::text AS target_pct,
            ceil(h.households * h.target_pct / 100)::bigint AS target
       FROM koperasi k LEFT JOIN m ON m.koperasi_id = k.id LEFT JOIN h ON h.kelurahan = k.kelurahan
      WHERE k.id = ANY($1::text[]) ORDER BY k.name`,
    [scope, kota, date],
  );
  return rows.map((r) => ({
    koperasiId: r.koperasi_id,
    koperasiName: r.koperasi_name,
    kelurahan: r.kelurahan,
    members: Number(r.members),
    households: r.households === null ? null : Number(r.households),
    targetPct: r.target_pct,
    target: r.target === null ? null : Number(r.target),
  }));
}
