// Opens the pusat: the database (PGlite folder or a PostgreSQL URL), its migrations, the router.
import { mkdirSync } from 'node:fs';
import { openPglite, openPostgres, type CentralDb } from './db';
import { centralHandlers } from './methods';
import { migrateCentral } from './migrate';
import { createCentralRouter, type CentralRouter } from './router';

export interface CentralHost {
  db: CentralDb;
  router: CentralRouter;
  close(): Promise<void>;
}

export type CentralStore = { pg: string } | { pgliteDir: string | null };

export async function openCentral(store: CentralStore, now: () => Date = () => new Date()): Promise<CentralHost> {
  if ('pgliteDir' in store && store.pgliteDir) mkdirSync(store.pgliteDir, { recursive: true, mode: 0o700 });
  const db = 'pg' in store ? await openPostgres(store.pg) : await openPglite(store.pgliteDir);
  await migrateCentral(db);
  return { db, router: createCentralRouter({ db, now }, centralHandlers), close: () => db.close() };
}
