// A fresh, throw-away PostgreSQL database for one test file, on the real server that `.ci/run`
// starts (KKMP_TEST_PG_URL, a role allowed to create databases). Without a server the central
// tests skip with a message on a developer's machine, and fail under CI, where one must exist.
import pg from 'pg';

export const TEST_PG_URL = process.env.KKMP_TEST_PG_URL ?? 'postgres://kkmp_test:kkmp_test@127.0.0.1:5432/kkmp_test';

export async function postgresReachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    return (e as Error).message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates a database of its own and returns its URL and how to drop it. */
export async function freshDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: TEST_PG_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } catch (e) {
        // FORCE may not end a backend of another role (an autovacuum worker, say); the database is
        // throw-away, so a leftover is named and left for the next cluster reset, not a failure.
        console.warn(`test database ${name} left behind: ${(e as Error).message}`);
      } finally {
        await c.end();
      }
    },
  };
}

/** Skip (locally) or fail (CI) when there is no PostgreSQL: returns true when the tests may run. */
export async function requirePostgres(): Promise<boolean> {
  const problem = await postgresReachable();
  if (problem === null) return true;
  if (process.env.CI) throw new Error(`PostgreSQL at ${TEST_PG_URL} is not reachable under CI (${problem}); .ci/run should have started it.`);
  console.warn(`SKIPPED: no PostgreSQL at ${TEST_PG_URL} (${problem}). Start one (see docs/central.md) or set KKMP_TEST_PG_URL.`);
  return false;
}
