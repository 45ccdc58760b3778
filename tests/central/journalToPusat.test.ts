// The outlet's journal lines reach the pusat as facts, each exactly once: a second sync and a
// replayed batch add nothing. Real SQLite outlet, real HTTP, and real PostgreSQL when
// KKMP_TEST_PG_URL (or the default test role) answers; embedded PGlite otherwise, so the check
// still runs on a machine without a server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCentral, type CentralHost } from '../../central/host';
import { startCentralHttp } from '../../central/http';
import { createAccount } from '../../central/services/accounts';
import { ingestBatch } from '../../central/services/ingest';
import { buildBatch } from '../../electron/services/sync/push';
import { defaultSyncKeyFile, loadSyncKey, signText } from '../../electron/services/sync/syncKey';
import { syncOverview } from '../../electron/services/sync/syncState';
import { batchSigningText } from '../../shared/sync/batch';
import { kkmp } from '../support/cli';
import { openLpgWorld, type LpgWorld } from '../support/lpgWorld';
import { freshDatabase, postgresReachable } from '../support/postgres';

const onPostgres = (await postgresReachable()) === null;

describe(`journal lines outlet → pusat (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, () => {
  let central: CentralHost;
  let url: string;
  let stop: () => Promise<void>;
  let w: LpgWorld;

  beforeAll(async () => {
    const db = onPostgres ? await freshDatabase('kkmp_journal_it') : null;
    central = await openCentral(db ? { pg: db.url } : { pgliteDir: null });
    const http = await startCentralHttp(central, { port: 0 });
    url = http.url;
    stop = async () => {
      await http.app.close();
      await central.close();
      await db?.drop();
    };
    await central.db.tx((sql) =>
      createAccount(sql, { username: 'dinas.bpn', password: 'rahasia-dinas-1', role: 'dinas', kota: 'Balikpapan', createdBy: null }),
    );
    const call = async <T>(method: string, input: unknown, token?: string): Promise<T> => {
      const res = await fetch(`${url}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(input),
      });
      const body = (await res.json()) as { ok: boolean; result: T; error?: unknown };
      if (!body.ok) throw new Error(JSON.stringify(body.error));
      return body.result;
    };
    const { token } = await call<{ token: string }>('auth.login', { username: 'dinas.bpn', password: 'rahasia-dinas-1' });
    await call('koperasi.create', { id: 'kkmp-graha-indah', name: 'KKMP Graha Indah', kelurahan: 'Graha Indah' }, token);
    const { code } = await call<{ code: string }>('enrolment.createCode', { koperasiId: 'kkmp-graha-indah', outletName: 'Gerai Graha Indah' }, token);
    w = await openLpgWorld(new Date('2026-01-10T02:00:00Z'));
    const enrol = await kkmp('sync', '--db', w.h.dbFile, '--central', url, '--enrol', code);
    expect(enrol.err).toBe('');
  }, 180_000);

  afterAll(async () => {
    w?.h.dispose();
    await stop?.();
  });

  const outletLines = () => w.h.core.db.prepare('SELECT count(*) FROM journal_lines').pluck().get() as number;
  const centralLines = async () => {
    const outletId = syncOverview(w.h.core).state!.outletId;
    const rows = await central.db.query<{ n: string; debit: string | null; credit: string | null }>(
      "SELECT count(*) AS n, sum((payload->>'debit')::bigint) AS debit, sum((payload->>'credit')::bigint) AS credit FROM facts WHERE outlet_id = $1 AND kind = 'journal_line'",
      [outletId],
    );
    return { n: Number(rows[0]!.n), debit: Number(rows[0]!.debit ?? 0), credit: Number(rows[0]!.credit ?? 0) };
  };

  it('every line a sale posted arrives once, balanced, and a second sync or a replayed batch adds none', async () => {
    const sold = await w.sellLines([{ productId: w.products.gula, qtyMilli: 2000 }]);
    await w.sellLines([{ productId: w.products.sphp, qtyMilli: 1000 }]);
    const outletTotal = w.h.core.db.prepare('SELECT sum(debit) FROM journal_lines').pluck().get() as number;
    expect(outletLines()).toBeGreaterThanOrEqual(4);

    expect((await kkmp('sync', '--db', w.h.dbFile, '--central', url)).code).toBe(0);
    const first = await centralLines();
    expect(first).toEqual({ n: outletLines(), debit: outletTotal, credit: outletTotal });
    // The sale's lines name its document, so the pusat can tell what they book.
    const outletId = syncOverview(w.h.core).state!.outletId;
    const docs = await central.db.query<{ n: string }>(
      "SELECT count(*) AS n FROM facts WHERE outlet_id = $1 AND kind = 'journal_line' AND payload->>'doc_type' = 'sale' AND payload->>'doc_id' = $2",
      [outletId, sold.saleId],
    );
    expect(Number(docs[0]!.n)).toBeGreaterThanOrEqual(2);

    expect((await kkmp('sync', '--db', w.h.dbFile, '--central', url)).code).toBe(0);
    const body = buildBatch(w.h.core, outletId, 0, 500)!;
    const replay = await ingestBatch(
      central.db,
      { body, signature: signText(loadSyncKey(defaultSyncKeyFile(w.h.dbFile)), batchSigningText(body)) },
      new Date(),
    );
    expect(replay.status).toBe('duplicate');
    expect(await centralLines()).toEqual(first);
  }, 120_000);
});
