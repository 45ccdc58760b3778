// An outlet host on a real SQLite file and the pusat on real PostgreSQL, over real HTTP: sales made
// offline arrive exactly once, replayed and reordered batches change nothing, tampered and
// unsigned batches are refused with the reason, a pendamping sees only their koperasi, and a HET
// set at the pusat reaches the outlet and refuses a higher price from its date.
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CentralHost } from '../../central/host';
import { buildBatch } from '../../electron/services/sync/push';
import { defaultSyncKeyFile, loadSyncKey, signText } from '../../electron/services/sync/syncKey';
import { syncOverview } from '../../electron/services/sync/syncState';
import { batchSigningText, type SyncBatchBody } from '../../shared/sync/batch';
import { kkmp } from '../support/cli';
import { nikOf, openLpgWorld, type LpgWorld } from '../support/lpgWorld';
import { requirePostgres } from '../support/postgres';
import { apiAt, openPusatWorld, type Api } from '../support/pusatWorld';
import { errorOf } from '../support/tempHost';

const pgReady = await requirePostgres();
const MINYAKITA_GTIN = '8993496112233';

describe.skipIf(!pgReady)('outlet → pusat on real PostgreSQL', () => {
  let central: CentralHost;
  let url: string;
  let close: () => Promise<void>;
  let dinas: Api;
  let pendamping: Api;
  let a: LpgWorld;
  let b: LpgWorld;

  const count = async (sql: string, params: unknown[] = []) => Number((await central.db.query<{ n: string }>(sql, params))[0]!.n);
  const outletIdOf = (w: LpgWorld) => syncOverview(w.h.core).state!.outletId;
  const centralSales = (w: LpgWorld) => count('SELECT count(*) AS n FROM sales WHERE outlet_id = $1', [outletIdOf(w)]);
  const centralFacts = (w: LpgWorld) => count('SELECT count(*) AS n FROM facts WHERE outlet_id = $1', [outletIdOf(w)]);
  const outletSales = (w: LpgWorld) => w.h.core.db.prepare('SELECT count(*) FROM sales').pluck().get() as number;
  const outletFacts = (w: LpgWorld) => w.h.core.db.prepare('SELECT count(*) FROM outbox').pluck().get() as number;
  const sync = (w: LpgWorld, ...extra: string[]) => kkmp('sync', '--db', w.h.dbFile, '--central', url, ...extra);
  const signed = (w: LpgWorld, body: SyncBatchBody) => ({ body, signature: signText(loadSyncKey(defaultSyncKeyFile(w.h.dbFile)), batchSigningText(body)) });

  beforeAll(async () => {
    ({ central, url, dinas, pendamping, close } = await openPusatWorld('kkmp_central_it'));

    a = await openLpgWorld(new Date('2026-01-10T02:00:00Z'));
    b = await openLpgWorld(new Date('2026-01-10T02:00:00Z'));
    a.h.core.db.prepare('INSERT INTO product_barcodes (gtin, product_id) VALUES (?, ?)').run(MINYAKITA_GTIN, a.products.minyakita1l);
    for (const [w, koperasiId] of [
      [a, 'kkmp-graha-indah'],
      [b, 'kkmp-karang-joang'],
    ] as const) {
      const { code } = await dinas<{ code: string }>('enrolment.createCode', { koperasiId, outletName: `Gerai ${koperasiId}` });
      const r = await sync(w, '--enrol', code);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
    }
  });

  afterAll(async () => {
    a?.h.dispose();
    b?.h.dispose();
    await close?.();
  });

  it('enrolment leaves the signing key owner-only beside the database, and a used code does not enrol again', async () => {
    expect(statSync(defaultSyncKeyFile(a.h.dbFile)).mode & 0o777).toBe(0o600);
    const { code } = await dinas<{ code: string }>('enrolment.createCode', { koperasiId: 'kkmp-graha-indah', outletName: 'Gerai dua' });
    await apiAt(url)('outlet.enrol', { code, publicKey: loadSyncKey(defaultSyncKeyFile(a.h.dbFile)).publicKey });
    expect((await errorOf(apiAt(url)('outlet.enrol', { code, publicKey: loadSyncKey(defaultSyncKeyFile(a.h.dbFile)).publicKey }))).code).toBe(
      'CENTRAL_ENROLMENT_CODE_INVALID',
    );
  });

  it('sales made offline arrive once after reconnection, and no NIK leaves the outlet', async () => {
    const buyer = await a.buyer(7);
    await a.sell({ buyerId: buyer });
    await a.sellLines([{ productId: a.products.gula, qtyMilli: 2000 }]);
    await a.sellLines([{ productId: a.products.sphp, qtyMilli: 1000 }]);

    const offline = await kkmp('sync', '--db', a.h.dbFile, '--central', 'http://127.0.0.1:9');
    expect(offline.code).toBe(1);
    expect(offline.err).toContain('tidak dapat dihubungi');
    const waiting = await a.manajer<{ pending: number; lastError: string | null }>('sync.status');
    expect(waiting.pending).toBeGreaterThan(0);
    expect(waiting.lastError).toBe('SYNC_UNREACHABLE');
    expect(await centralSales(a)).toBe(0);

    const online = await sync(a);
    expect(online.code).toBe(0);
    expect(syncOverview(a.h.core).pending).toBe(0);
    expect(await centralSales(a)).toBe(3);
    expect(await centralFacts(a)).toBe(outletFacts(a));

    const again = await sync(a);
    expect(again.out).toContain('sent: 0');
    expect(await centralSales(a)).toBe(3);
    expect(await centralFacts(a)).toBe(outletFacts(a));

    const nik = nikOf(7);
    const outbox = a.h.core.db.prepare('SELECT payload FROM outbox').pluck().all() as string[];
    expect(outbox.some((p) => p.includes(nik))).toBe(false);
    expect(await count("SELECT count(*) AS n FROM facts WHERE payload::text LIKE '%' || $1 || '%'", [nik])).toBe(0);
    const [lpg] = await pendamping<{ tabung: number; mapPending: number }[]>('dash.lpg', { from: '2026-01-01', to: '2026-01-31' });
    expect(lpg).toMatchObject({ tabung: 1, mapPending: 1 });
  });

  it('a replayed batch and a reordered pair of batches change nothing', async () => {
    const push = (body: SyncBatchBody, w = a) =>
      apiAt(url)<{ status: string; ackedSeq: number; gap: { fromSeq: number; toSeq: number } | null }>('sync.push', signed(w, body));
    const acked = syncOverview(a.h.core).state!.ackedSeq;
    const replay = buildBatch(a.h.core, outletIdOf(a), 0, 50)!;
    expect(await push(replay)).toMatchObject({ status: 'duplicate', ackedSeq: acked });
    expect(await centralFacts(a)).toBe(outletFacts(a));

    await a.sellLines([{ productId: a.products.gula, qtyMilli: 1000 }]);
    await a.sellLines([{ productId: a.products.gula, qtyMilli: 3000 }]);
    const all = buildBatch(a.h.core, outletIdOf(a), acked)!;
    const half = Math.floor(all.facts.length / 2);
    const first = buildBatch(a.h.core, outletIdOf(a), acked, half)!;
    const second = buildBatch(a.h.core, outletIdOf(a), first.toSeq)!;

    const held = await push(second);
    expect(held).toEqual({ status: 'held', ackedSeq: acked, gap: { fromSeq: acked + 1, toSeq: first.toSeq } });
    expect(await centralSales(a)).toBe(3);
    const [gap] = await dinas<{ kind: string; outletId: string; fromSeq: number }[]>('sync.events', {});
    expect(gap).toMatchObject({ kind: 'gap', outletId: outletIdOf(a), fromSeq: acked + 1 });

    expect(await push(first)).toMatchObject({ status: 'applied', ackedSeq: second.toSeq, gap: null });
    expect(await push(second)).toMatchObject({ status: 'duplicate', ackedSeq: second.toSeq });
    expect(await centralSales(a)).toBe(outletSales(a));
    expect(await centralFacts(a)).toBe(outletFacts(a));
    // The outlet itself had not heard the acknowledgement: its next sync sends nothing new twice.
    expect((await sync(a)).code).toBe(0);
    expect(await centralFacts(a)).toBe(outletFacts(a));
  });

  it('a tampered, an unsigned and a chain-breaking batch are refused naming outlet and seq', async () => {
    await a.sellLines([{ productId: a.products.gula, qtyMilli: 1000 }]);
    const from = syncOverview(a.h.core).state!.ackedSeq;
    const body = buildBatch(a.h.core, outletIdOf(a), from)!;
    const before = await centralFacts(a);

    const tampered = signed(a, body);
    const sale = tampered.body.facts.find((f) => f.kind === 'sale')!;
    sale.payload = { ...sale.payload, total: 1 };
    const t = await errorOf(apiAt(url)('sync.push', tampered));
    expect(t).toEqual({ code: 'SYNC_SIGNATURE_INVALID', params: { outletId: outletIdOf(a), seq: body.fromSeq } });

    expect(await errorOf(apiAt(url)('sync.push', { body }))).toEqual({ code: 'SYNC_UNSIGNED', params: { outletId: outletIdOf(a), seq: body.fromSeq } });

    // Signed by the outlet's own key, but an audit entry was rewritten (an edited database).
    const edited = structuredClone(body);
    const auditFact = edited.facts.find((f) => f.kind === 'audit')!;
    auditFact.payload = { ...auditFact.payload, details: '{}' };
    expect(await errorOf(apiAt(url)('sync.push', signed(a, edited)))).toEqual({
      code: 'SYNC_CHAIN_BROKEN',
      params: { outletId: outletIdOf(a), seq: auditFact.seq },
    });

    // The same seqs with a different history (an outlet restored from an old backup) are not
    // taken for duplicates.
    const old = buildBatch(a.h.core, outletIdOf(a), 0, 40)!;
    const oldAudit = old.facts.find((f) => f.kind === 'audit')!;
    oldAudit.payload = { ...oldAudit.payload, hash: 'f'.repeat(64) };
    expect(await errorOf(apiAt(url)('sync.push', signed(a, old)))).toEqual({
      code: 'SYNC_HISTORY_DIVERGED',
      params: { outletId: outletIdOf(a), seq: oldAudit.seq },
    });

    // Facts that follow on, signed, but stating a journal head behind the one the pusat holds
    // (the journal was rewound or rewritten): refused, naming the journal entry.
    const held = await count('SELECT journal_seq AS n FROM outlets WHERE id = $1', [outletIdOf(a)]);
    expect(held).toBeGreaterThan(0);
    const rewound = { ...body, journalHead: { seq: held - 1, mac: 'a'.repeat(64) } };
    expect(await errorOf(apiAt(url)('sync.push', signed(a, rewound)))).toEqual({
      code: 'SYNC_JOURNAL_REWOUND',
      params: { outletId: outletIdOf(a), seq: body.fromSeq, journalSeq: held - 1 },
    });

    expect(await centralFacts(a)).toBe(before);
    const reasons = (await dinas<{ reason: string }[]>('sync.events', { limit: 5 })).map((e) => e.reason);
    expect(reasons).toEqual(['SYNC_JOURNAL_REWOUND', 'SYNC_HISTORY_DIVERGED', 'SYNC_CHAIN_BROKEN', 'SYNC_UNSIGNED', 'SYNC_SIGNATURE_INVALID']);
    expect((await sync(a)).code).toBe(0);
    expect(await centralFacts(a)).toBe(outletFacts(a));
    // The pusat now holds the outlet's own journal head, as the dashboard shows it.
    const [mine] = (await dinas<{ outletId: string; journalSeq: number | null }[]>('dash.outlets')).filter((o) => o.outletId === outletIdOf(a));
    expect(mine!.journalSeq).toBe(a.h.core.db.prepare('SELECT max(seq) FROM journal').pluck().get() as number);
  });

  it('a pendamping sees only their koperasi; the dinas sees the kota', async () => {
    await b.sellLines([{ productId: b.products.gula, qtyMilli: 1000 }]);
    expect((await sync(b)).code).toBe(0);
    const mine = await pendamping<{ koperasiId: string; outletId: string }[]>('dash.outlets');
    expect(new Set(mine.map((o) => o.koperasiId))).toEqual(new Set(['kkmp-graha-indah']));
    expect(mine.map((o) => o.outletId)).toContain(outletIdOf(a));
    expect((await dinas<{ outletId: string }[]>('dash.outlets')).map((o) => o.outletId)).toContain(outletIdOf(b));
    const sales = await pendamping<{ koperasiId: string; sales: number }[]>('dash.salesByDay', { from: '2026-01-01', to: '2026-01-31' });
    expect(new Set(sales.map((s) => s.koperasiId))).toEqual(new Set(['kkmp-graha-indah']));
    expect(sales.reduce((n, s) => n + s.sales, 0)).toBe(outletSales(a));
    const all = await dinas<{ koperasiId: string; sales: number }[]>('dash.salesByDay', { from: '2026-01-01', to: '2026-01-31' });
    expect(all.find((s) => s.koperasiId === 'kkmp-karang-joang')?.sales).toBe(1);
    expect((await errorOf(pendamping('enrolment.createCode', { koperasiId: 'kkmp-karang-joang', outletName: 'Gerai lain' }))).code).toBe('ROLE_FORBIDDEN');
    expect((await errorOf(apiAt(url)('dash.outlets'))).code).toBe('AUTH_REQUIRED');
  });

  it('a HET set at the pusat reaches the outlet and refuses a higher price from its date', async () => {
    await dinas('regional.set', { kind: 'het', gtin: MINYAKITA_GTIN, amount: 15_000, validFrom: '2026-01-20' });
    const r = await sync(a);
    expect(r.out).toContain('regional values applied: 1');
    expect((await sync(a)).out).toContain('regional values applied: 0');
    // The manager sees it coming before it holds.
    const { upcoming } = await a.manajer<{ upcoming: { subject: string; validFrom: string; value: unknown }[] }>('sync.status');
    expect(upcoming).toEqual([{ subject: 'HET Minyakita 1 L', validFrom: '2026-01-20', value: 15_000 }]);

    a.at('2026-01-19T03:00:00Z');
    await a.sellLines([{ productId: a.products.minyakita1l, qtyMilli: 1000 }]);
    a.at('2026-01-20T03:00:00Z');
    const refused = await errorOf(a.sellLines([{ productId: a.products.minyakita1l, qtyMilli: 1000 }]));
    expect(refused).toMatchObject({ code: 'PRICE_ABOVE_HET', params: { price: 15_700, het: 15_000 } });
    // The refusal is a fact of its own, and the pusat counts it by rule.
    expect(await sync(a)).toMatchObject({ code: 0 });
    const byRule = await pendamping<{ ruleCode: string; refusals: number }[]>('dash.refusals', { from: '2026-01-20', to: '2026-01-20' });
    expect(byRule).toEqual([{ koperasiId: 'kkmp-graha-indah', ruleCode: 'PRICE_ABOVE_HET', refusals: 1, buyers: 0 }]);
  });
});
