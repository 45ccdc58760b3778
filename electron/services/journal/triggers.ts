// Writes the triggers that copy each write to a journaled table into journal_pending. They are
// built from the table's columns as recorded in journal_columns, so the triggers and `verify`
// always render a row the same way: json_array over the same columns in the same order.
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
    `CREATE TRIGGER ${q(ins!)} AFTER INSERT ON ${q(s.tbl)} BEGIN ${put('NEW.')} END`,
    // A changed primary key leaves its old key behind as a deletion.
    `CREATE TRIGGER ${q(upd!)} AFTER UPDATE ON ${q(s.tbl)} BEGIN
       INSERT INTO journal_pending (tbl, k, v) SELECT ${name}, ${keyExpr(s, 'OLD.')}, NULL WHERE ${keyExpr(s, 'OLD.')} IS NOT ${keyExpr(s, 'NEW.')};
       ${put('NEW.')} END`,
    `CREATE TRIGGER ${q(del!)} AFTER DELETE ON ${q(s.tbl)} BEGIN INSERT INTO journal_pending (tbl, k, v) VALUES (${name}, ${keyExpr(s, 'OLD.')}, NULL); END`,
  ];
}

/**
 * Brings triggers and journal_columns up to the live schema. A table journaled for the first time,
 * or whose columns changed in a migration, has all its rows queued so the caller's seal commits to
 * them as they are now. Call inside a transaction; returns the tables (re)based.
 */
export function installTriggers(db: Db): string[] {
  const recorded = recordedShapes(db);
  const rebased: string[] = [];
  for (const tbl of JOURNALED_TABLES) {
    const live = liveShape(db, tbl);
    if (!live) continue;
    const old = recorded.get(tbl);
    const same = old && JSON.stringify(old) === JSON.stringify(live);
    const present = db
      .prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?, ?)")
      .pluck()
      .get(...triggerNames(tbl)) as number;
    if (same && present === 3) continue;
    for (const t of triggerNames(tbl)) db.exec(`DROP TRIGGER IF EXISTS ${q(t)}`);
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
