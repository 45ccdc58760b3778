// Sends finished sales to the core until it acknowledges them. The sale id is the idempotency
// key: when an answer is lost, sending again returns the first result and nothing is sold twice.
import type { SaleResult } from '../../shared/api/sales';
import { ApiError, type Api } from './api';
import type { OutboxEntry, PosDb } from './store';

export type SendOutcome =
  | { kind: 'done'; result: SaleResult }
  /** The host did not answer: the sale stays in the outbox and is sent again later. */
  | { kind: 'waiting' }
  /** The core said no (a rule, a short payment): nothing was sold. */
  | { kind: 'rejected'; error: ApiError };

const inFlight = new Map<string, Promise<SendOutcome>>();

export function sendEntry(db: PosDb, api: Api, entry: OutboxEntry): Promise<SendOutcome> {
  const running = inFlight.get(entry.id);
  if (running) return running;
  const job = (async (): Promise<SendOutcome> => {
    await db.outbox.update(entry.id, { attempts: entry.attempts + 1 });
    try {
      const result = await api.sales.commit(entry.input);
      await db.outbox.update(entry.id, { status: 'done', result, error: undefined });
      return { kind: 'done', result };
    } catch (e) {
      if (e instanceof ApiError && !e.offline && e.code !== 'INTERNAL' && e.code !== 'DB_BUSY' && e.code !== 'AUTH_REQUIRED') {
        await db.outbox.update(entry.id, { status: 'rejected', error: { code: e.code, params: e.params } });
        return { kind: 'rejected', error: e };
      }
      // Unreachable, busy, or logged out: keep it and try again later.
      return { kind: 'waiting' };
    }
  })().finally(() => inFlight.delete(entry.id));
  inFlight.set(entry.id, job);
  return job;
}

/** Sends every pending sale in the order they were made; stops at the first one still waiting. */
export async function flushOutbox(db: PosDb, api: Api): Promise<{ sent: number; waiting: number; results: SaleResult[] }> {
  const pending = (await db.outbox.where('status').equals('pending').toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const results: SaleResult[] = [];
  let sent = 0;
  for (const entry of pending) {
    const outcome = await sendEntry(db, api, entry);
    if (outcome.kind === 'waiting') return { sent, waiting: pending.length - sent, results };
    if (outcome.kind === 'done') results.push(outcome.result);
    sent++;
  }
  return { sent, waiting: 0, results };
}

/** Keeps the last acknowledged sales for reprints; older ones leave the browser. */
export async function pruneOutbox(db: PosDb, keep = 50): Promise<void> {
  const done = await db.outbox.where('status').equals('done').toArray();
  if (done.length <= keep) return;
  done.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  await db.outbox.bulkDelete(done.slice(0, done.length - keep).map((e) => e.id));
}
