// Applies central/migrations/NNNN_name.sql in order, each in its own transaction, once.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CentralDb } from './db';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export async function migrateCentral(db: CentralDb, dir = DIR): Promise<number[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
  const have = new Set((await db.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
  const done: number[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort()) {
    const version = Number(file.slice(0, 4));
    if (have.has(version)) continue;
    const sql = readFileSync(join(dir, file), 'utf8');
    await db.tx(async (t) => {
      // Two hosts starting at once on one server: the second waits here, then skips.
      await t.query('SELECT pg_advisory_xact_lock(7311)');
      const again = await t.query('SELECT 1 FROM schema_migrations WHERE version = $1', [version]);
      if (again.length > 0) return;
      for (const statement of splitStatements(sql)) await t.query(statement);
      await t.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [version, file.replace(/\.sql$/, '')]);
    });
    done.push(version);
  }
  return done;
}

/** Our migrations keep one statement per `;` at a line end and no semicolons inside bodies. */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/--[^\n]*/g, '')
    .split(/;\s*\n/)
    .map((s) => s.trim().replace(/;$/, ''))
    .filter((s) => s.length > 0);
}
