// The floor of figure (a): a raw-SQL transaction writing exactly the rows one sale commit writes.
// The rows are not listed by hand (that list would drift from the schema): temporary triggers on
// the project's connection record every row a few sample commits insert or update, as JSON, and
// are dropped before anything is timed. The floor then replays one commit's rows into a copy of
// the same database (same tables, indexes and pragmas) from which every trigger was dropped, so
// it pays for the rows, their indexes and the fsync, and nothing the project computes.
import type Database from 'better-sqlite3';
import { openDatabase } from '../../electron/db/connection';

export interface CapturedRow {
  table: string;
  op: 'I' | 'U' | 'D';
  row: Record<string, unknown>;
}

interface TableInfo {
  name: string;
  columns: string[];
  /** Primary key columns; `rowid` for a rowid table without a declared key. */
  key: string[];
  integerKey: boolean;
  /** UNIQUE indexes other than the key: a replayed row needs a fresh value in each. */
  unique: string[][];
  /** Column → the table whose key it refers to. */
  refs: Map<string, string>;
}

const BLOB = 'bench-blob:';
const quote = (id: string) => `"${id.replace(/"/g, '""')}"`;

function tables(db: Database.Database): TableInfo[] {
  const names = (db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map(
    (r) => r.name,
  );
  return names.map((name) => {
    const cols = db.prepare(`PRAGMA main.table_info(${quote(name)})`).all() as { name: string; type: string; pk: number }[];
    const pk = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    const unique: string[][] = [];
    for (const idx of db.prepare(`PRAGMA main.index_list(${quote(name)})`).all() as { name: string; unique: number; origin: string }[]) {
      if (!idx.unique || idx.origin === 'pk') continue;
      const cols = (db.prepare(`PRAGMA main.index_info(${quote(idx.name)})`).all() as { name: string | null }[]).flatMap((c) => (c.name ? [c.name] : []));
      if (cols.length) unique.push(cols);
    }
    const refs = new Map((db.prepare(`PRAGMA main.foreign_key_list(${quote(name)})`).all() as { from: string; table: string }[]).map((f) => [f.from, f.table]));
    return {
      name,
      columns: cols.map((c) => c.name),
      key: pk.length ? pk.map((c) => c.name) : ['rowid'],
      integerKey: pk.length === 1 && /^INTEGER$/i.test(pk[0]!.type),
      unique,
      refs,
    };
  });
}

/** Records every row inserted or updated on `db` until `stop()`; `take()` returns and clears them. */
export function captureWrites(db: Database.Database): { take(): CapturedRow[]; stop(): void } {
  const infos = tables(db);
  db.exec('CREATE TEMP TABLE IF NOT EXISTS bench_capture (seq INTEGER PRIMARY KEY, tbl TEXT, op TEXT, row TEXT)');
  const triggers: string[] = [];
  for (const t of infos) {
    const fields = t.columns.map(
      (c) => `'${c.replace(/'/g, "''")}', CASE WHEN typeof(NEW.${quote(c)}) = 'blob' THEN '${BLOB}' || hex(NEW.${quote(c)}) ELSE NEW.${quote(c)} END`,
    );
    if (t.key[0] === 'rowid') fields.push(`'rowid', NEW.rowid`);
    const keyFields = t.key.map((c) => `'${c}', OLD.${quote(c)}`);
    for (const [op, event, row] of [
      ['I', 'INSERT', fields],
      ['U', 'UPDATE', fields],
      ['D', 'DELETE', keyFields],
    ] as const) {
      const name = `bench_capture_${op}_${t.name}`;
      db.exec(
        `CREATE TEMP TRIGGER ${quote(name)} AFTER ${event} ON main.${quote(t.name)} BEGIN INSERT INTO temp.bench_capture (tbl, op, row) VALUES ('${t.name}', '${op}', json_object(${row.join(', ')})); END`,
      );
      triggers.push(name);
    }
  }
  return {
    take() {
      const rows = db.prepare('SELECT tbl, op, row FROM temp.bench_capture ORDER BY seq').all() as { tbl: string; op: 'I' | 'U'; row: string }[];
      db.exec('DELETE FROM temp.bench_capture');
      return rows.map((r) => ({ table: r.tbl, op: r.op, row: JSON.parse(r.row) as Record<string, unknown> }));
    },
    stop() {
      for (const name of triggers) db.exec(`DROP TRIGGER IF EXISTS temp.${quote(name)}`);
      db.exec('DROP TABLE IF EXISTS temp.bench_capture');
    },
  };
}

/** Back to what the column held: a blob from its hex, JSON text (json_object keeps its subtype and nests it) as text again. */
function decode(v: unknown): unknown {
  if (typeof v === 'string' && v.startsWith(BLOB)) return Buffer.from(v.slice(BLOB.length), 'hex');
  if (typeof v === 'object' && v !== null) return JSON.stringify(v);
  return v;
}

/**
 * The replay of one commit's rows as its own transaction on `floorFile` (a copy of the project's
 * database). Each replay gets fresh keys and fresh values in unique columns (references to a
 * replayed row follow its new key), so it can run any number of times.
 */
export function sameRowsReplayer(floorFile: string, sample: CapturedRow[]): { once(): number; close(): void; rows: number } {
  const db = openDatabase(floorFile, {});
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[])
    db.exec(`DROP TRIGGER ${quote(name)}`);
  const info = new Map(tables(db).map((t) => [t.name, t]));
  let round = 0;
  const fresh = (v: unknown): unknown => (typeof v === 'number' ? v + 1_000_000_000 + round : `${String(v)}~${round}`);

  const statements = sample.map((c) => {
    const t = info.get(c.table)!;
    const cols = Object.keys(c.row).filter((k) => k !== 'rowid' || t.key[0] === 'rowid');
    if (c.op === 'I') {
      const insertCols = cols.filter((k) => !(t.integerKey && k === t.key[0]) && k !== 'rowid');
      return {
        c,
        t,
        cols: insertCols,
        stmt: db.prepare(`INSERT INTO ${quote(t.name)} (${insertCols.map(quote).join(', ')}) VALUES (${insertCols.map(() => '?').join(', ')})`),
      };
    }
    if (c.op === 'D') return { c, t, cols: t.key, stmt: db.prepare(`DELETE FROM ${quote(t.name)} WHERE ${t.key.map((k) => `${quote(k)} = ?`).join(' AND ')}`) };
    const setCols = cols.filter((k) => !t.key.includes(k));
    const stmt = db.prepare(
      `UPDATE ${quote(t.name)} SET ${setCols.map((k) => `${quote(k)} = ?`).join(', ')} WHERE ${t.key.map((k) => `${quote(k)} = ?`).join(' AND ')}`,
    );
    return { c, t, cols: [...setCols, ...t.key], stmt };
  });
  const write = db.transaction(() => {
    // Keys of rows this replay inserts: a reference to one of them must point at its new key.
    const renamed = new Map<unknown, unknown>();
    for (const s of statements) {
      if (s.c.op !== 'I' || s.t.integerKey) continue;
      for (const k of s.t.key) if (typeof s.c.row[k] === 'string') renamed.set(s.c.row[k], fresh(s.c.row[k]));
    }
    // Integer keys of inserted rows are given by SQLite: a later update or delete of the row follows the new one.
    const newRowid = new Map<string, number | bigint>();
    for (const s of statements) {
      const integerKey = s.t.integerKey || s.t.key[0] === 'rowid' ? s.t.key[0]! : null;
      const mapped = new Set<string>();
      const values = new Map<string, unknown>();
      for (const k of s.cols) {
        const v = s.c.row[k];
        const parent = s.t.refs.get(k);
        const viaRef = parent !== undefined ? newRowid.get(`${parent}:${String(v)}`) : undefined;
        const viaKey = k === integerKey && s.c.op !== 'I' ? newRowid.get(`${s.t.name}:${String(v)}`) : undefined;
        const next = viaKey ?? viaRef ?? renamed.get(v);
        if (next !== undefined) mapped.add(k);
        values.set(k, next ?? decode(v));
      }
      // A unique index none of whose columns was remapped would collide with the sample's row.
      if (s.c.op === 'I') {
        for (const idx of s.t.unique) {
          if (idx.some((k) => mapped.has(k))) continue;
          const k = idx.find((c) => values.get(c) !== null && values.get(c) !== undefined);
          if (k) values.set(k, fresh(values.get(k)));
        }
      }
      try {
        const info = s.stmt.run(...s.cols.map((k) => values.get(k)));
        if (s.c.op === 'I' && integerKey) newRowid.set(`${s.t.name}:${String(s.c.row[integerKey])}`, info.lastInsertRowid);
      } catch (e) {
        throw new Error(`replaying ${s.c.op} ${s.t.name}: ${(e as Error).message}`, { cause: e });
      }
    }
  });
  return {
    rows: sample.length,
    once() {
      round++;
      const t0 = performance.now();
      write.immediate();
      return performance.now() - t0;
    },
    close: () => db.close(),
  };
}
