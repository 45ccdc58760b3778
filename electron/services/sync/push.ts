// Pushes the outbox to the pusat in signed batches, from the first fact not yet acknowledged.
// Safe to stop at any point: the acknowledgement is recorded after each batch, and a batch sent
// twice changes nothing at the pusat. Days offline just mean more batches next time.
import { AppError } from '../../../shared/errors';
import { batchSigningText, GENESIS_HEAD, MAX_FACTS_PER_BATCH, type SyncBatchBody, type SyncFact } from '../../../shared/sync/batch';
import type { Core } from '../core';
import { journalHead } from '../journal/journal';
import type { CentralCall } from './centralClient';
import { signText, type SyncKey } from './syncKey';
import { lastOutboxSeq, syncState } from './syncState';

export interface PushReport {
  sent: number;
  batches: number;
  ackedSeq: number;
  pending: number;
  error: { code: string; params: Record<string, unknown> } | null;
}

interface PushAnswer {
  status: 'applied' | 'duplicate' | 'held';
  ackedSeq: number;
}

export function buildBatch(core: Core, outletId: string, afterSeq: number, max = MAX_FACTS_PER_BATCH): SyncBatchBody | null {
  const rows = core.db.prepare('SELECT seq, kind, at, payload FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?').all(afterSeq, max) as {
    seq: number;
    kind: string;
    at: string;
    payload: string;
  }[];
  if (rows.length === 0) return null;
  const toSeq = rows.at(-1)!.seq;
  const head = core.db
    .prepare("SELECT json_extract(payload, '$.hash') FROM outbox WHERE kind = 'audit' AND seq <= ? ORDER BY seq DESC LIMIT 1")
    .pluck()
    .get(toSeq) as string | undefined;
  return {
    version: 1,
    outletId,
    fromSeq: rows[0]!.seq,
    toSeq,
    facts: rows.map((r) => ({ seq: r.seq, kind: r.kind as SyncFact['kind'], at: r.at, payload: JSON.parse(r.payload) as Record<string, unknown> })),
    chainHead: head ?? GENESIS_HEAD,
    // The keyed journal's head now: the pusat refuses a batch whose journal went back.
    journalHead: (({ seq, mac }) => ({ seq, mac }))(journalHead(core.db)),
    sentAt: core.now().toISOString(),
  };
}

export async function pushOutbox(core: Core, call: CentralCall, key: SyncKey, options: { batchSize?: number } = {}): Promise<PushReport> {
  const state = syncState(core);
  if (!state) throw new AppError('SYNC_NOT_ENROLLED');
  let acked = state.ackedSeq;
  let sent = 0;
  let batches = 0;
  let error: PushReport['error'] = null;
  let rewound = false;
  for (;;) {
    const body = buildBatch(core, state.outletId, acked, options.batchSize);
    if (!body) break;
    let answer: PushAnswer;
    try {
      answer = (await call('sync.push', { body, signature: signText(key, batchSigningText(body)) })) as PushAnswer;
    } catch (e) {
      const err = e instanceof AppError ? e : new AppError('SYNC_UNREACHABLE', { url: state.centralUrl });
      error = { code: err.code, params: err.params };
      core.db.prepare('UPDATE sync_state SET last_push_at = ?, last_error = ? WHERE id = 1').run(core.now().toISOString(), err.code);
      break;
    }
    batches += 1;
    sent += body.facts.length;
    const now = core.now().toISOString();
    if (answer.status === 'held') {
      // The pusat has less than we think (restored from an older backup): send again from where
      // it stands, once; if that does not move it either, stop rather than spin.
      if (rewound) break;
      rewound = true;
    }
    core.db.prepare('UPDATE sync_state SET acked_seq = ?, last_push_at = ?, last_ack_at = ?, last_error = NULL WHERE id = 1').run(answer.ackedSeq, now, now);
    acked = answer.ackedSeq;
  }
  return { sent, batches, ackedSeq: acked, pending: lastOutboxSeq(core) - acked, error };
}
