// Applies migrations/NNNN_name.sql in order, one transaction each. A database written by a newer
// version of the app is refused rather than half-understood.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/errors';
import type { Db } from './connection';
import { projectRoot } from './projectRoot';

export const DEFAULT_MIGRATIONS_DIR = join(projectRoot(), 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function loadMigrations(dir = DEFAULT_MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort();
  const seen = new Set<number>();
  return files.map((file) => {
    const version = Number(file.slice(0, 4));
    if (seen.has(version)) throw new Error(`two migrations share version ${version}: ${file}`);
    seen.add(version);
    return { version, name: file.replace(/\.sql$/, ''), sql: readFileSync(join(dir, file), 'utf8') };
  });
}

export function currentVersion(db: Db): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

export function migrate(db: Db, migrations = loadMigrations(), now: () => Date = () => new Date()): number[] {
  const have = currentVersion(db);
  const newest = migrations.at(-1)?.version ?? 0;
  if (have > newest) throw new AppError('DB_NEWER_THAN_APP', { dbVersion: have, appVersion: newest });
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  const done: number[] = [];
  for (const m of migrations) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, now().toISOString());
    }).immediate();
    done.push(m.version);
  }
  return done;
}

/** Migrations this app knows that the database has not applied (verify reports them). */
export function pendingMigrations(db: Db, migrations = loadMigrations()): Migration[] {
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
  return migrations.filter((m) => !applied.has(m.version));
}
