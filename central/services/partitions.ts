// Monthly partitions of the fact tables, made the first time a month is seen. Creating one takes
// a lock, so hosts sharing a server serialise on an advisory lock, and only when one is missing.
import type { CentralDb, Sql } from '../db';

export const PARTITIONED_TABLES = ['facts', 'sales', 'sale_lines', 'lpg_lines'] as const;

function partitionName(table: string, month: string): string {
  return `${table}_y${month.slice(0, 4)}m${month.slice(5, 7)}`;
}

const known = new WeakMap<CentralDb, Set<string>>();

/** Partitions this host has seen exist (they are never dropped): most batches need no look-up. */
export function knownPartitions(db: CentralDb): Set<string> {
  let set = known.get(db);
  if (!set) known.set(db, (set = new Set()));
  return set;
}

/** Call inside the ingest transaction before inserting rows at these instants. A name goes into
 * `seen` only once the transaction that saw or made it is past this point; a rolled-back
 * creation is found missing again by the next look-up, because pg_class is checked then. */
export async function ensureMonthPartitions(sql: Sql, instants: readonly string[], seen: Set<string> = new Set()): Promise<void> {
  const months = [...new Set(instants.map((i) => i.slice(0, 7)))];
  const wanted = months.flatMap((m) => PARTITIONED_TABLES.map((t) => partitionName(t, m)));
  if (wanted.every((w) => seen.has(w))) return;
  const have = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_class WHERE relname = ANY($1::text[])', [wanted]);
  if (Number(have[0]?.n) === wanted.length) {
    for (const w of wanted) seen.add(w);
    return;
  }
  await sql.query('SELECT pg_advisory_xact_lock(7312)');
  for (const month of months) {
    const y = Number(month.slice(0, 4));
    const m = Number(month.slice(5, 7));
    const to = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    for (const table of PARTITIONED_TABLES) {
      const name = partitionName(table, month);
      const exists = await sql.query('SELECT 1 FROM pg_class WHERE relname = $1', [name]);
      // Month bounds are UTC: the key only spreads the rows; reports use the outlet's business_date.
      if (exists.length === 0)
        await sql.query(`CREATE TABLE ${name} PARTITION OF ${table} FOR VALUES FROM ('${month}-01 00:00:00+00') TO ('${to} 00:00:00+00')`);
    }
  }
}
