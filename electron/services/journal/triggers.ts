// Writes the triggers that copy each write to a journaled table into journal_pending. They are
// built from the table's columns as recorded in journal_columns, so the triggers and `verify`
// always render a row the same way: json_array over the same columns in the same order.
//
// Both the triggers and the queue are TEMP, owned by the app's own connection: the queue lives
// only between a write and its transaction's seal, so keeping it in the database file cost every
// commit its rows twice in the WAL (written, then deleted at the seal) for nothing a crash could
// use (docs/performance.md). This does not weaken the guard: what catches a write that bypasses
// the app is `verify` comparing every row with its sealed state, never the triggers; a write on a
// connection without them (the sqlite3 shell, a script) is simply not sealed, and verify names it.
// Any app write that bypasses the services still goes through this connection, so it is sealed.
import type { Db } from '../../db/connection';
import { JOURNALED_TABLES } from './coverage';

export interface TableShape {
  tbl: string;
  pk: string[];
  cols: string[];
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

export function liveShape(db: Db, tbl: string): TableShape | null {
  const info = db.prepare(`SELECT name, pk FROM pragma_table_info(?)`).all(tbl) as { name: string; pk: number }[];
  if (info.length === 0) return null;
  const pk = info
    .filter((c) => c.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((c) => c.name);
  return { tbl, pk: pk.length > 0 ? pk : ['rowid'], cols: info.map((c) => c.name) };
}

export function recordedShapes(db: Db): Map<string, TableShape> {
  const rows = db.prepare('SELECT tbl, pk, cols FROM journal_columns').all() as { tbl: string; pk: string; cols: string }[];
  return new Map(rows.map((r) => [r.tbl, { tbl: r.tbl, pk: JSON.parse(r.pk) as string[], cols: JSON.parse(r.cols) as string[] }]));
}

/** SQL for the key and content of a row, with `prefix` NEW., OLD. or '' (a plain SELECT). */
export function keyExpr(s: TableShape, prefix: string): string {
  return `json_array(${s.pk.map((c) => prefix + q(c)).join(', ')})`;
}
export function contentExpr(s: TableShape, prefix: string): string {
  return `json_array(${s.cols.map((c) => prefix + q(c)).join(', ')})`;
}

export function triggerNames(tbl: string): string[] {
  return ['ins', 'upd', 'del'].map((op) => `journal_${tbl}_${op}`);
}

function triggerSql(s: TableShape): string[] {
  const [ins, upd, del] = triggerNames(s.tbl);
  const name = `'${s.tbl}'`;
  const put = (prefix: string) => `INSERT INTO journal_pending (tbl, k, v) VALUES (${name}, ${keyExpr(s, prefix)}, ${contentExpr(s, prefix)});`;
  return [
    `CREATE TEMP TRIGGER ${q(ins!)} AFTER INSERT ON main.${q(s.tbl)} BEGIN ${put('NEW.')} END`,
    // A changed primary key leaves its old key behind as a deletion.
    `CREATE TEMP TRIGGER ${q(upd!)} AFTER UPDATE ON main.${q(s.tbl)} BEGIN
       INSERT INTO journal_pending (tbl, k, v) SELECT ${name}, ${keyExpr(s, 'OLD.')}, NULL WHERE ${keyExpr(s, 'OLD.')} IS NOT ${keyExpr(s, 'NEW.')};
       ${put('NEW.')} END`,
    `CREATE TEMP TRIGGER ${q(del!)} AFTER DELETE ON main.${q(s.tbl)} BEGIN INSERT INTO journal_pending (tbl, k, v) VALUES (${name}, ${keyExpr(s, 'OLD.')}, NULL); END`,
  ];
}

/**
 * The connection's own queue, shadowing the file's journal_pending table (unqualified names find
 * TEMP first). Create it before the first transaction marks the queue, so the mark and the seal
 * read the same table.
 */
export function createPendingQueue(db: Db): void {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS journal_pending (id INTEGER PRIMARY KEY, tbl TEXT NOT NULL, k TEXT NOT NULL, v TEXT)');
}

/**
 * Puts this connection's triggers on every journaled table and brings journal_columns up to the
 * live schema. A table journaled for the first time, or whose columns changed in a migration, has
 * all its rows queued so the caller's seal commits to them as they are now. The triggers earlier
 * versions kept in the file are removed. Call inside a transaction, after createPendingQueue;
 * returns the tables (re)based.
 */
export function installTriggers(db: Db): string[] {
  const recorded = recordedShapes(db);
  const rebased: string[] = [];
  const inFile = new Set(
    db.prepare("SELECT name FROM main.sqlite_master WHERE type = 'trigger' AND name LIKE 'journal\\_%' ESCAPE '\\'").pluck().all() as string[],
  );
  for (const tbl of JOURNALED_TABLES) {
    const live = liveShape(db, tbl);
    if (!live) continue;
    const old = recorded.get(tbl);
    const same = old && JSON.stringify(old) === JSON.stringify(live);
    for (const t of triggerNames(tbl)) {
      if (inFile.has(t)) db.exec(`DROP TRIGGER main.${q(t)}`);
      db.exec(`DROP TRIGGER IF EXISTS temp.${q(t)}`);
    }
    for (const sql of triggerSql(live)) db.exec(sql);
    if (!same) {
      db.prepare('INSERT INTO journal_columns (tbl, pk, cols) VALUES (?, ?, ?) ON CONFLICT (tbl) DO UPDATE SET pk = excluded.pk, cols = excluded.cols').run(
        tbl,
        JSON.stringify(live.pk),
        JSON.stringify(live.cols),
      );
      db.exec(`INSERT INTO journal_pending (tbl, k, v) SELECT '${tbl}', ${keyExpr(live, '')}, ${contentExpr(live, '')} FROM ${q(tbl)}`);
      rebased.push(tbl);
    }
  }
  return rebased;
}
