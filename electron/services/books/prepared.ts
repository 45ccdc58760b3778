// Prepared statements kept per database: the postings run inside every sale commit, and
// preparing the same SQL again on each call costs more than running it.
import type { Statement } from 'better-sqlite3';
import type { Core } from '../core';

const cache = new WeakMap<object, Map<string, Statement>>();

export function prepared(core: Core, sql: string): Statement {
  let byDb = cache.get(core.db);
  if (!byDb) cache.set(core.db, (byDb = new Map()));
  let s = byDb.get(sql);
  if (!s) byDb.set(sql, (s = core.db.prepare(sql)));
  return s;
}
