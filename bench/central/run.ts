// The pusat at scale: `npm run bench:central -- [--outlets 10000] [--wave 500] [--seed 1]
// [--pg URL] [--concurrency 8] [--sales-min 10 --sales-max 60] [--batch 120]`. Generated outlets (bench/central/outletDay.ts) push one day each,
// with lag, outages, lost replies and reordered batches, into a fresh database on real PostgreSQL
// through the pusat's own ingest (signature, chain and idempotency checks included). Outlets run in
// waves so memory stays bounded; within a wave every delivery goes in virtual-time order through
// N concurrent connections. Reports ingest rate, end-to-end lag p50/p99 (virtual: fact made →
// acknowledged) and whether the central counts equal the outlets' exactly.
import { loadavg } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openCentral } from '../../central/host';
import { ingestBatch } from '../../central/services/ingest';
import { describeMachine, machine } from '../lib/machine';
import { printTable, writeResults, verdict, type Figure } from '../lib/figures';
import { summarize } from '../lib/stats';
import { simulateOutletDay, type Delivery, type OutletDay } from './outletDay';

const argv = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1]! : dflt;
};
const outlets = Number(opt('outlets', '10000'));
const wave = Number(opt('wave', '500'));
const seed = Number(opt('seed', '1'));
const concurrency = Number(opt('concurrency', '8'));
const adminUrl = opt('pg', process.env.KKMP_TEST_PG_URL ?? 'postgres://kkmp_test:kkmp_test@127.0.0.1:5432/kkmp_test');
const sim = {
  seed,
  day: '2026-11-20',
  salesMin: Number(opt('sales-min', '10')),
  salesMax: Number(opt('sales-max', '60')),
  batchMax: Number(opt('batch', '120')),
};
const log = (l: string) => console.log(l);

const dbName = `kkmp_bench_central_${process.pid}`;
const admin = new pg.Client({ connectionString: adminUrl });
try {
  await admin.connect();
} catch (e) {
  log(`NOT MEASURED: no PostgreSQL at ${adminUrl} (${(e as Error).message})`);
  process.exit(0);
}
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(adminUrl);
url.pathname = `/${dbName}`;
const central = await openCentral({ pg: url.toString() });
const m = machine();
log(`Pusat simulation: ${outlets} outlets in waves of ${wave}, seed ${seed}, ${concurrency} connections, on ${describeMachine(m)}`);

await central.db.query("INSERT INTO koperasi (id, name, kota, kelurahan) VALUES ('sim', 'Simulasi', 'Simulasi', 'Simulasi')");
const totals = { facts: 0, sales: 0, refusals: 0, stockMilli: 0, deliveries: 0, duplicates: 0, held: 0, busyMs: 0 };
const lags: number[] = [];
const callMs: number[] = [];
const perMinute = new Map<number, number>();
const started = performance.now();

for (let first = 0; first < outlets; first += wave) {
  const days: OutletDay[] = [];
  for (let i = first; i < Math.min(outlets, first + wave); i++) days.push(simulateOutletDay(i, sim));
  await central.db.query(
    "INSERT INTO outlets (id, koperasi_id, name, public_key) SELECT id, 'sim', id, key FROM unnest($1::text[], $2::text[]) AS u(id, key)",
    [days.map((d) => d.outletId), days.map((d) => d.publicKey)],
  );
  const byId = new Map(days.map((d) => [d.outletId, { day: d, acked: 0 }]));
  for (const d of days) {
    totals.facts += d.facts.length;
    totals.sales += d.sales;
    for (const f of d.facts) {
      if (f.kind === 'refusal') totals.refusals += 1;
      if (f.kind === 'stock_move') totals.stockMilli += f.payload.qty_milli as number;
      const minute = Math.floor(Date.parse(f.at) / 60_000);
      perMinute.set(minute, (perMinute.get(minute) ?? 0) + 1);
    }
  }
  const queue: Delivery[] = days.flatMap((d) => d.deliveries).sort((a, b) => a.at - b.at);
  totals.deliveries += queue.length;
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < queue.length) {
        const d = queue[next++]!;
        const c0 = performance.now();
        const r = await ingestBatch(central.db, d.batch, new Date(d.at));
        callMs.push(performance.now() - c0);
        if (r.status === 'duplicate') totals.duplicates += 1;
        if (r.status === 'held') totals.held += 1;
        const o = byId.get(d.batch.body.outletId)!;
        // Facts acknowledged by this delivery waited from when they were made until now (virtual).
        for (let seq = o.acked + 1; seq <= r.ackedSeq; seq++) lags.push(d.at - Date.parse(o.day.facts[seq - 1]!.at));
        o.acked = Math.max(o.acked, r.ackedSeq);
      }
    }),
  );
  totals.busyMs += performance.now() - t0;
  log(`  outlets ${first + 1}-${first + days.length}: ${queue.length} deliveries in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
const wallS = (performance.now() - started) / 1000;

const q = async (sql: string) => Number((await central.db.query<{ n: string }>(sql))[0]!.n);
const centralFacts = await q('SELECT count(*) AS n FROM facts');
const distinctFacts = await q('SELECT count(*) AS n FROM (SELECT DISTINCT outlet_id, seq FROM facts) x');
const centralSales = await q('SELECT count(*) AS n FROM sales');
const acked = await q('SELECT coalesce(sum(next_seq - 1), 0) AS n FROM outlets');
const stillHeld = await q('SELECT count(*) AS n FROM held_batches');
// The summed projections (stock on hand) and the dashboards' refusals must be exact too, through
// duplicates, reordering and held batches.
const centralRefusals = await q('SELECT count(*) AS n FROM refusals');
const centralStock = await q('SELECT coalesce(sum(qty_milli), 0) AS n FROM stock_on_hand');
const exact =
  centralFacts === totals.facts &&
  distinctFacts === totals.facts &&
  centralSales === totals.sales &&
  acked === totals.facts &&
  stillHeld === 0 &&
  centralRefusals === totals.refusals &&
  centralStock === totals.stockMilli;

const ingestRate = totals.facts / (totals.busyMs / 1000);
const peakPerSecond = Math.max(...perMinute.values()) / 60;
const lag = summarize(lags);
const call = summarize(callMs);
const figures: Figure[] = [
  {
    id: 'central-a',
    what: `ingest rate, ${outlets} outlets`,
    value: `${Math.round(ingestRate)} facts/s`,
    floor: 'the outlets’ combined peak (target ×10)',
    target: `≥ peak × 10 = ${Math.round(peakPerSecond * 10)} facts/s`,
    verdict: verdict(ingestRate >= peakPerSecond * 10),
    runs: `${totals.deliveries} deliveries`,
    detail: `${totals.facts} facts (${totals.sales} sales); outlets' combined peak ${peakPerSecond.toFixed(1)} facts/s (busiest minute); ${totals.duplicates} duplicate and ${totals.held} held deliveries; ingest call p50 ${call.p50.toFixed(1)} ms, p99 ${call.p99.toFixed(1)} ms`,
    load: loadavg()[0],
  },
  {
    id: 'central-b',
    what: 'end-to-end lag (fact made → acknowledged, virtual time)',
    value: `p50 ${(lag.p50 / 60_000).toFixed(1)} min, p99 ${(lag.p99 / 60_000).toFixed(1)} min`,
    floor: 'none (reported)',
    target: 'reported',
    verdict: 'INFO',
    runs: `${lag.n} facts`,
    detail: `outlets push every 5–30 min; 15 % have a 1–6 h outage; max ${(lag.max / 3600_000).toFixed(1)} h`,
  },
  {
    id: 'central-c',
    what: 'central counts = outlets’ counts',
    value: exact ? 'exact' : 'MISMATCH',
    floor: 'none (exact counts)',
    target: 'no loss, no duplicate',
    verdict: verdict(exact),
    runs: `${outlets} outlets`,
    detail: `facts ${centralFacts}/${totals.facts} (distinct ${distinctFacts}), sales ${centralSales}/${totals.sales}, refusals ${centralRefusals}/${totals.refusals}, stock on hand ${centralStock}/${totals.stockMilli} milli, acknowledged ${acked}, still held ${stillHeld}`,
  },
];
log('');
printTable(figures, log);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const started0 = new Date();
const files = writeResults(join(root, 'bench', 'results'), {
  date: `${started0.toISOString().slice(0, 10)}-central`,
  startedAt: started0.toISOString(),
  mode: 'full',
  scale: `${outlets} outlets`,
  seed,
  machine: m,
  loadAverageEnd: Math.round(loadavg()[0]! * 100) / 100,
  totalSeconds: wallS,
  outlet: { outlets, facts: totals.facts, sales: totals.sales, deliveries: totals.deliveries },
  figures,
});
log(`Written ${files.json} and ${files.md} (${wallS.toFixed(0)} s).`);
await central.close();
if (!argv.includes('--keep')) await admin.query(`DROP DATABASE ${dbName} WITH (FORCE)`);
await admin.end();
