// The pusat keeps its data in PostgreSQL: embedded PGlite (PostgreSQL compiled to WASM, a folder
// on disk) by default so `npm run pusat` works on any machine, or a real server with --pg URL.
// Both speak the same SQL; this is the little both must offer the services.
import pg from 'pg';

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface CentralDb extends Sql {
  readonly kind: 'pglite' | 'pg';
  /** Runs several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
  /** One transaction; rolled back when fn throws. */
  tx<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openPglite(dataDir: string | null): Promise<CentralDb> {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  // PGlite runs one statement at a time; a queue keeps a transaction from interleaving with others.
  return {
    kind: 'pglite',
    async query<T>(text: string, params: unknown[] = []) {
      return (await db.query<T>(text, params)).rows;
    },
    async exec(text) {
      await db.exec(text);
    },
    tx<T>(fn: (sql: Sql) => Promise<T>) {
      return db.transaction(async (t) => fn({ query: async <R>(text: string, params: unknown[] = []) => (await t.query<R>(text, params)).rows }));
    },
    close: () => db.close(),
  };
}

/** Statements with parameters are prepared once per connection under a name of their own: the
 * ingest runs the same few statements for every batch, and parsing and planning them each time
 * was a good part of a batch's cost. Statements without parameters (DDL, migrations) are not. */
const statementNames = new Map<string, string>();
function prepared(text: string, values: unknown[]): pg.QueryConfig | string {
  if (values.length === 0) return text;
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `kkmp_${statementNames.size + 1}`));
  return { name, text, values };
}

export async function openPostgres(url: string, connections = 8): Promise<CentralDb> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  pool.on('error', () => undefined); // an idle client dropped by the server is replaced on the next query
  await pool.query('SELECT 1');
  return {
    kind: 'pg',
    async query<T>(text: string, params: unknown[] = []) {
      return (await pool.query(prepared(text, params))).rows as T[];
    },
    async exec(text) {
      await pool.query(text);
    },
    async tx<T>(fn: (sql: Sql) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn({ query: async <R>(text: string, params: unknown[] = []) => (await client.query(prepared(text, params))).rows as R[] });
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
