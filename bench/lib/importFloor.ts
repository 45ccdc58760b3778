// The floor of figure (b): the year's history file replayed the cheapest honest way. It reads and
// parses the same JSONL file, then writes exactly the rows the project's import left behind (every
// row of the imported outlet that the base outlet lacks, or holds with other values) into a copy
// of the base outlet without triggers, with prepared statements, in as many transactions as the
// import used. The rows are read back from the imported outlet while they are written; that read
// is timed on its own, in the same run, and taken off, so the floor counts parsing and writing.
// Rows the import wrote and deleted again (journal_pending) and repeated updates of one balance
// are written once or not at all: the floor is, if anything, lower than a real replay.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type Database from 'better-sqlite3';
import { openDatabase } from '../../electron/db/connection';
import { copyOutlet } from '../generate';

const quote = (id: string) => `"${id.replace(/"/g, '""')}"`;

interface Table {
  name: string;
  columns: string[];
  key: string[];
}

/** Tables with their keys, parents before children so every foreign key finds its row. */
function tablesInOrder(db: Database.Database): Table[] {
  const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
  const parents = new Map(
    names.map((n) => [
      n,
      new Set((db.prepare(`PRAGMA foreign_key_list(${quote(n)})`).all() as { table: string }[]).map((f) => f.table).filter((t) => t !== n)),
    ]),
  );
  const ordered: string[] = [];
  const visit = (n: string, path: Set<string>) => {
    if (ordered.includes(n) || path.has(n)) return;
    path.add(n);
    for (const p of parents.get(n) ?? []) if (names.includes(p)) visit(p, path);
    ordered.push(n);
  };
  for (const n of names) visit(n, new Set());
  return ordered.map((name) => {
    const cols = db.prepare(`PRAGMA table_info(${quote(name)})`).all() as { name: string; pk: number }[];
    const pk = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    return { name, columns: cols.map((c) => c.name), key: pk.length ? pk.map((c) => c.name) : ['rowid'] };
  });
}

/** Every row of src.<table> that main lacks (op I) or holds with other values (op U). */
function differing(db: Database.Database, t: Table): Database.Statement {
  const cols = t.key[0] === 'rowid' ? ['rowid', ...t.columns] : t.columns;
  const on = t.key.map((k) => `m.${quote(k)} = s.${quote(k)}`).join(' AND ');
  const same = t.columns.map((c) => `m.${quote(c)} IS s.${quote(c)}`).join(' AND ');
  return db
    .prepare(
      `SELECT CASE WHEN m.${quote(t.key[0]!)} IS NULL THEN 'I' ELSE 'U' END AS op, ${cols.map((c) => `s.${quote(c)}`).join(', ')}
       FROM src.${quote(t.name)} s LEFT JOIN main.${quote(t.name)} m ON ${on}
       WHERE m.${quote(t.key[0]!)} IS NULL OR NOT (${same})`,
    )
    .raw(true);
}

async function parseFile(file: string): Promise<number> {
  let records = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line.trim()) {
      JSON.parse(line);
      records++;
    }
  }
  return records;
}

export interface ImportFloor {
  seconds: number;
  parseSeconds: number;
  writeSeconds: number;
  readSeconds: number;
  rows: number;
  transactions: number;
}

export async function importFloor(o: { baseDb: string; importedDb: string; historyFile: string; floorDb: string; batchSize: number }): Promise<ImportFloor> {
  const t0 = performance.now();
  const records = await parseFile(o.historyFile);
  const parseSeconds = (performance.now() - t0) / 1000;
  const transactions = Math.ceil(records / o.batchSize);

  copyOutlet(o.baseDb, o.floorDb);
  const db = openDatabase(o.floorDb, {});
  try {
    for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as { name: string }[])
      db.exec(`DROP TRIGGER ${quote(name)}`);
    db.prepare('ATTACH DATABASE ? AS src').run(o.importedDb);
    const tables = tablesInOrder(db);
    const count = (db.prepare(`SELECT ${tables.map((t) => `(SELECT COUNT(*) FROM (${differing(db, t).source}))`).join(' + ')} AS n`).get() as { n: number }).n;

    // The read alone, so it can be taken off the write pass below.
    const r0 = performance.now();
    for (const t of tables) for (const row of differing(db, t).iterate()) void row;
    const readSeconds = (performance.now() - r0) / 1000;

    const perTx = Math.max(1, Math.ceil(count / transactions));
    const w0 = performance.now();
    let inTx = 0;
    db.exec('BEGIN IMMEDIATE');
    for (const t of tables) {
      const cols = t.key[0] === 'rowid' ? ['rowid', ...t.columns] : t.columns;
      const insert = db.prepare(`INSERT INTO main.${quote(t.name)} (${cols.map(quote).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
      const setCols = t.columns.filter((c) => !t.key.includes(c));
      const update = setCols.length
        ? db.prepare(
            `UPDATE main.${quote(t.name)} SET ${setCols.map((c) => `${quote(c)} = ?`).join(', ')} WHERE ${t.key.map((k) => `${quote(k)} = ?`).join(' AND ')}`,
          )
        : null;
      // Rows are collected per table first: SQLite cannot write a table while a read of it is open.
      const rows = differing(db, t).all() as unknown[][];
      for (const [op, ...values] of rows) {
        const byName = new Map(cols.map((c, i) => [c, values[i]]));
        if (op === 'I') insert.run(...values);
        else update?.run(...setCols.map((c) => byName.get(c)), ...t.key.map((k) => byName.get(k)));
        if (++inTx >= perTx) {
          db.exec('COMMIT');
          db.exec('BEGIN IMMEDIATE');
          inTx = 0;
        }
      }
    }
    db.exec('COMMIT');
    const writeSeconds = (performance.now() - w0) / 1000 - readSeconds;
    return { seconds: parseSeconds + writeSeconds, parseSeconds, writeSeconds, readSeconds, rows: count, transactions };
  } finally {
    db.close();
  }
}
