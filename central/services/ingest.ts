// Ingest of signed outbox batches (docs/central.md §6). Exactly once: facts below the outlet's next_seq
// were applied already and are skipped (and every insert is ON CONFLICT DO NOTHING besides); a
// batch that starts beyond next_seq is held until the gap before it is filled. A batch that is
// unsigned, wrongly signed or breaks the audit chain is refused whole, naming outlet and seq.
import { AppError } from '../../shared/errors';
import { batchSigningText, type SignedBatch, type SyncBatchBody, type SyncFact } from '../../shared/sync/batch';
import type { CentralDb, Sql } from '../db';
import { chainBreak } from './auditCheck';
import { signatureValid } from './enrolment';
import { ensureMonthPartitions } from './partitions';
import { applyProjections } from './projections';

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
}

export async function ingestBatch(db: CentralDb, batch: SignedBatch, now: Date): Promise<PushResult> {
  const { body } = batch;
  try {
    return await db.tx((sql) => ingestLocked(sql, batch, now));
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

async function ingestLocked(sql: Sql, { body, signature }: SignedBatch, now: Date): Promise<PushResult> {
  // The row lock serialises batches of one outlet; different outlets ingest in parallel.
  const outlet = (await sql.query<OutletRow>('SELECT id, public_key, next_seq, chain_head FROM outlets WHERE id = $1 FOR UPDATE', [body.outletId]))[0];
  if (!outlet) throw new AppError('SYNC_OUTLET_UNKNOWN', { outletId: body.outletId });
  const where = { outletId: body.outletId, seq: body.fromSeq };
  if (!signature) throw new AppError('SYNC_UNSIGNED', where);
  if (!signatureValid(outlet.public_key, batchSigningText(body), signature)) throw new AppError('SYNC_SIGNATURE_INVALID', where);
  await sql.query('UPDATE outlets SET last_sync_at = $2 WHERE id = $1', [body.outletId, now]);

  let next = Number(outlet.next_seq);
  if (body.fromSeq < next) await refuseDivergedHistory(sql, body, next);
  if (body.toSeq < next) return { status: 'duplicate', ackedSeq: next - 1, gap: null };
  if (body.fromSeq > next) {
    const held = await sql.query('INSERT INTO held_batches (outlet_id, from_seq, to_seq, body) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1', [
      body.outletId,
      body.fromSeq,
      body.toSeq,
      JSON.stringify(body),
    ]);
    if (held.length > 0)
      await sql.query("INSERT INTO sync_events (outlet_id, kind, from_seq, to_seq, reason) VALUES ($1, 'gap', $2, $3, 'SYNC_GAP')", [
        body.outletId,
        next,
        body.fromSeq - 1,
      ]);
    return { status: 'held', ackedSeq: next - 1, gap: { fromSeq: next, toSeq: body.fromSeq - 1 } };
  }

  let head = outlet.chain_head;
  ({ next, head } = await applyBody(sql, body, next, head));
  // Batches that waited behind the gap just filled now apply in order.
  for (;;) {
    const waiting = (
      await sql.query<{ from_seq: string; body: SyncBatchBody | string }>(
        'SELECT from_seq, body FROM held_batches WHERE outlet_id = $1 AND from_seq <= $2 ORDER BY from_seq LIMIT 1',
        [body.outletId, next],
      )
    )[0];
    if (!waiting) break;
    await sql.query('DELETE FROM held_batches WHERE outlet_id = $1 AND from_seq = $2', [body.outletId, waiting.from_seq]);
    const held = typeof waiting.body === 'string' ? (JSON.parse(waiting.body) as SyncBatchBody) : waiting.body;
    if (held.toSeq < next) continue;
    try {
      ({ next, head } = await applyBody(sql, held, next, head));
    } catch (e) {
      // A held batch that breaks the chain is dropped and reported; the outlet sends it again.
      if (!(e instanceof AppError) || e.code !== 'SYNC_CHAIN_BROKEN') throw e;
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
  return { status: 'applied', ackedSeq: next - 1, gap: gapAhead ? { fromSeq: next, toSeq: Number(gapAhead) - 1 } : null };
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

async function applyBody(sql: Sql, body: SyncBatchBody, next: number, head: string): Promise<{ next: number; head: string }> {
  const fresh: SyncFact[] = body.facts.filter((f) => f.seq >= next);
  const broken = chainBreak(head, fresh, body.chainHead, body.toSeq);
  if (broken.seq !== null) throw new AppError('SYNC_CHAIN_BROKEN', { outletId: body.outletId, seq: broken.seq });
  await ensureMonthPartitions(
    sql,
    fresh.map((f) => f.at),
  );
  const json = JSON.stringify(fresh);
  await sql.query(
    `INSERT INTO facts (outlet_id, seq, kind, at, payload)
     SELECT $1, f.seq, f.kind, f.at, f.payload FROM jsonb_to_recordset($2::jsonb) AS f(seq bigint, kind text, at timestamptz, payload jsonb)
     ON CONFLICT DO NOTHING`,
    [body.outletId, json],
  );
  await applyProjections(sql, body.outletId, json);
  const lastAt = fresh.reduce((m, f) => (f.at > m ? f.at : m), fresh[0]!.at);
  await sql.query('UPDATE outlets SET next_seq = $2, chain_head = $3, last_fact_at = GREATEST(last_fact_at, $4::timestamptz) WHERE id = $1', [
    body.outletId,
    body.toSeq + 1,
    broken.head,
    lastAt,
  ]);
  return { next: body.toSeq + 1, head: broken.head };
}
