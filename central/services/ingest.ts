// Ingest of signed outbox batches (docs/central.md §6). Exactly once: facts below the outlet's next_seq
// were applied already and are skipped (and every insert is ON CONFLICT DO NOTHING besides); a
// batch that starts beyond next_seq is held until the gap before it is filled. A batch that is
// unsigned, wrongly signed or breaks the audit chain is refused whole, naming outlet and seq.
import { AppError } from '../../shared/errors';
import { batchSigningText, type SignedBatch, type SyncBatchBody, type SyncFact } from '../../shared/sync/batch';
import type { CentralDb, Sql } from '../db';
import { chainBreak } from './auditCheck';
import { signatureValid } from './enrolment';
import { ensureMonthPartitions, knownPartitions } from './partitions';
import { BATCH_FACTS, PROJECTION_PARTS } from './projections';

export interface PushResult {
  status: 'applied' | 'duplicate' | 'held';
  ackedSeq: number;
  gap: { fromSeq: number; toSeq: number } | null;
}

interface OutletRow {
  id: string;
  public_key: string;
  next_seq: string | number;
  chain_head: string;
  journal_seq: string | number | null;
  journal_mac: string | null;
  held_count: string | number;
}

interface OutletState {
  next: number;
  head: string;
  journal: { seq: number; mac: string } | null;
}

export async function ingestBatch(db: CentralDb, batch: SignedBatch, now: Date): Promise<PushResult> {
  const { body } = batch;
  try {
    return await db.tx((sql) => ingestLocked(sql, knownPartitions(db), batch, now));
  } catch (e) {
    if (e instanceof AppError && e.code.startsWith('SYNC_') && e.code !== 'SYNC_OUTLET_UNKNOWN') {
      await db.query("INSERT INTO sync_events (outlet_id, kind, from_seq, to_seq, reason) VALUES ($1, 'refused', $2, $3, $4)", [
        body.outletId,
        Number(e.params.seq ?? body.fromSeq),
        body.toSeq,
        e.code,
      ]);
    }
    throw e;
  }
}

async function ingestLocked(sql: Sql, partitions: Set<string>, { body, signature }: SignedBatch, now: Date): Promise<PushResult> {
  // The row lock serialises batches of one outlet; different outlets ingest in parallel.
  const outlet = (
    await sql.query<OutletRow>('SELECT id, public_key, next_seq, chain_head, journal_seq, journal_mac, held_count FROM outlets WHERE id = $1 FOR UPDATE', [
      body.outletId,
    ])
  )[0];
  if (!outlet) throw new AppError('SYNC_OUTLET_UNKNOWN', { outletId: body.outletId });
  const where = { outletId: body.outletId, seq: body.fromSeq };
  if (!signature) throw new AppError('SYNC_UNSIGNED', where);
  if (!signatureValid(outlet.public_key, batchSigningText(body), signature)) throw new AppError('SYNC_SIGNATURE_INVALID', where);

  const state: OutletState = {
    next: Number(outlet.next_seq),
    head: outlet.chain_head,
    journal: outlet.journal_seq === null ? null : { seq: Number(outlet.journal_seq), mac: outlet.journal_mac ?? '' },
  };
  if (body.fromSeq < state.next) await refuseDivergedHistory(sql, body, state.next);
  if (body.toSeq < state.next || body.fromSeq > state.next) {
    await sql.query('UPDATE outlets SET last_sync_at = $2 WHERE id = $1', [body.outletId, now]);
    if (body.toSeq < state.next) return { status: 'duplicate', ackedSeq: state.next - 1, gap: null };
    return holdBatch(sql, body, state.next);
  }

  await applyBody(sql, partitions, body, state, now);
  // Batches that waited behind the gap just filled now apply in order.
  if (Number(outlet.held_count) === 0) return { status: 'applied', ackedSeq: state.next - 1, gap: null };
  for (;;) {
    const waiting = (
      await sql.query<{ from_seq: string; body: SyncBatchBody | string }>(
        'SELECT from_seq, body FROM held_batches WHERE outlet_id = $1 AND from_seq <= $2 ORDER BY from_seq LIMIT 1',
        [body.outletId, state.next],
      )
    )[0];
    if (!waiting) break;
    await sql.query('DELETE FROM held_batches WHERE outlet_id = $1 AND from_seq = $2', [body.outletId, waiting.from_seq]);
    await sql.query('UPDATE outlets SET held_count = held_count - 1 WHERE id = $1', [body.outletId]);
    const held = typeof waiting.body === 'string' ? (JSON.parse(waiting.body) as SyncBatchBody) : waiting.body;
    if (held.toSeq < state.next) continue;
    try {
      await applyBody(sql, partitions, held, state, now);
    } catch (e) {
      // A held batch that breaks the chain is dropped and reported; the outlet sends it again.
      if (!(e instanceof AppError) || (e.code !== 'SYNC_CHAIN_BROKEN' && e.code !== 'SYNC_JOURNAL_REWOUND')) throw e;
      await sql.query("INSERT INTO sync_events (outlet_id, kind, from_seq, to_seq, reason) VALUES ($1, 'refused', $2, $3, $4)", [
        body.outletId,
        Number(e.params.seq),
        held.toSeq,
        e.code,
      ]);
      break;
    }
  }
  const gapAhead = (await sql.query<{ from_seq: string }>('SELECT min(from_seq) AS from_seq FROM held_batches WHERE outlet_id = $1', [body.outletId]))[0]
    ?.from_seq;
  return { status: 'applied', ackedSeq: state.next - 1, gap: gapAhead ? { fromSeq: state.next, toSeq: Number(gapAhead) - 1 } : null };
}

async function holdBatch(sql: Sql, body: SyncBatchBody, next: number): Promise<PushResult> {
  const held = await sql.query('INSERT INTO held_batches (outlet_id, from_seq, to_seq, body) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1', [
    body.outletId,
    body.fromSeq,
    body.toSeq,
    JSON.stringify(body),
  ]);
  if (held.length > 0) await sql.query('UPDATE outlets SET held_count = held_count + 1 WHERE id = $1', [body.outletId]);
  if (held.length > 0)
    await sql.query("INSERT INTO sync_events (outlet_id, kind, from_seq, to_seq, reason) VALUES ($1, 'gap', $2, $3, 'SYNC_GAP')", [
      body.outletId,
      next,
      body.fromSeq - 1,
    ]);
  return { status: 'held', ackedSeq: next - 1, gap: { fromSeq: next, toSeq: body.fromSeq - 1 } };
}

/** Facts we already hold must be the same facts: an outlet restored from an old backup numbers
 * new facts with seqs already used, and would otherwise see them silently taken as duplicates.
 * Its audit entries differ from the ones held, so those are compared. */
async function refuseDivergedHistory(sql: Sql, body: SyncBatchBody, next: number): Promise<void> {
  const seen = body.facts.filter((f) => f.seq < next && f.kind === 'audit');
  if (seen.length === 0) return;
  const held = await sql.query<{ seq: string; hash: string }>(
    "SELECT seq, payload->>'hash' AS hash FROM facts WHERE outlet_id = $1 AND seq = ANY($2::bigint[]) AND kind = 'audit'",
    [body.outletId, seen.map((f) => f.seq)],
  );
  const hashOf = new Map(held.map((r) => [Number(r.seq), r.hash]));
  const differs = seen.find((f) => hashOf.get(f.seq) !== f.payload.hash);
  if (differs) throw new AppError('SYNC_HISTORY_DIVERGED', { outletId: body.outletId, seq: differs.seq });
}

/** The journal head never goes back, and a seq already seen keeps its MAC (a restored or
 * rewritten journal shows here even when the outbox itself looks continuous). */
function journalBreak(known: OutletState['journal'], stated: SyncBatchBody['journalHead']): boolean {
  if (!stated || !known) return false;
  return stated.seq < known.seq || (stated.seq === known.seq && stated.mac !== known.mac);
}

const INSERT_BATCH = `WITH ${BATCH_FACTS},
  p_facts AS (INSERT INTO facts (outlet_id, seq, kind, at, payload) SELECT $1, seq, kind, at, payload FROM f ON CONFLICT DO NOTHING),
  ${PROJECTION_PARTS.join(',\n  ')}
  UPDATE outlets SET next_seq = $3, chain_head = $4, last_sync_at = $5, last_fact_at = GREATEST(last_fact_at, $6::timestamptz),
         journal_seq = coalesce($7, journal_seq), journal_mac = coalesce($8, journal_mac), journal_at = CASE WHEN $7::bigint IS NULL THEN journal_at ELSE $5 END
   WHERE id = $1`;

/** Facts, projections and the outlet's new position in one statement: one round trip a batch. */
async function applyBody(sql: Sql, partitions: Set<string>, body: SyncBatchBody, state: OutletState, now: Date): Promise<void> {
  const fresh: SyncFact[] = body.facts.filter((f) => f.seq >= state.next);
  const broken = chainBreak(state.head, fresh, body.chainHead, body.toSeq);
  if (broken.seq !== null) throw new AppError('SYNC_CHAIN_BROKEN', { outletId: body.outletId, seq: broken.seq });
  if (journalBreak(state.journal, body.journalHead))
    throw new AppError('SYNC_JOURNAL_REWOUND', { outletId: body.outletId, seq: body.fromSeq, journalSeq: body.journalHead!.seq });
  await ensureMonthPartitions(
    sql,
    fresh.map((f) => f.at),
    partitions,
  );
  const lastAt = fresh.reduce((m, f) => (f.at > m ? f.at : m), fresh[0]!.at);
  const journal = body.journalHead ?? null;
  await sql.query(INSERT_BATCH, [body.outletId, JSON.stringify(fresh), body.toSeq + 1, broken.head, now, lastAt, journal?.seq ?? null, journal?.mac ?? null]);
  state.next = body.toSeq + 1;
  state.head = broken.head;
  if (journal) state.journal = journal;
}
