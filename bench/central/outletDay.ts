// One simulated gerai's day, deterministic from (seed, outlet index): its sales as outbox facts
// (sale, lines, payment, stock moves, a hash-chained audit entry; now and then a refusal at the
// counter), and the pushes it makes: every
// few minutes while online, nothing during an outage, a lost reply now and then (the batch goes
// again), a pair of batches delivered out of order, and a last push after closing.
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { auditHashMaterial } from '../../shared/sync/auditChain';
import { batchSigningText, GENESIS_HEAD, type SignedBatch, type SyncBatchBody, type SyncFact } from '../../shared/sync/batch';
import { seededRng, seededUuidv7 } from '../lib/random';

export interface SimOptions {
  seed: number;
  day: string; // YYYY-MM-DD (UTC date the business day starts in)
  salesMin: number;
  salesMax: number;
  batchMax: number;
}

export interface Delivery {
  /** Virtual time (ms) the outlet sends it. */
  at: number;
  batch: SignedBatch;
}

export interface OutletDay {
  outletId: string;
  publicKey: string;
  facts: SyncFact[];
  sales: number;
  deliveries: Delivery[];
}

const OPEN_H = 23; // 07:00 WITA is 23:00 UTC the day before; the day runs 14 hours
const HOURS = 14;

export function outletKey(): { privateKey: KeyObject; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: publicKey.export({ format: 'der', type: 'spki' }).toString('base64') };
}

export function simulateOutletDay(index: number, o: SimOptions): OutletDay {
  const rng = seededRng(o.seed * 1_000_003 + index);
  const { privateKey, publicKey } = outletKey();
  const outletId = `sim-${String(index).padStart(6, '0')}`;
  const start = Date.parse(`${o.day}T00:00:00Z`) - (24 - OPEN_H) * 3600_000;
  const salesCount = rng.int(o.salesMin, o.salesMax);
  // Busier around midday and after work: two humps over the opening hours.
  const times = Array.from({ length: salesCount }, () => {
    const hump = rng.chance(0.5) ? 0.35 : 0.75;
    const x = Math.min(0.999, Math.max(0, hump + (rng.next() + rng.next() + rng.next() - 1.5) * 0.2));
    return start + Math.floor(x * HOURS * 3600_000);
  }).sort((a, b) => a - b);

  const facts: SyncFact[] = [];
  let head = GENESIS_HEAD;
  const add = (kind: SyncFact['kind'], at: number, payload: Record<string, unknown>) =>
    facts.push({ seq: facts.length + 1, kind, at: new Date(at).toISOString(), payload });
  times.forEach((t, n) => {
    const id = seededUuidv7(rng, t);
    const lines = Array.from({ length: rng.int(1, 4) }, (_, i) => {
      const qtyMilli = rng.int(1, 3) * 1000;
      const unitPrice = rng.pick([3_500, 12_000, 15_700, 17_500, 19_000, 65_500]);
      return {
        line_no: i + 1,
        product_id: `p${rng.skewed(200)}`,
        qty_milli: qtyMilli,
        unit_price: unitPrice,
        line_total: (unitPrice * qtyMilli) / 1000,
        unit_cost: Math.round(unitPrice * 0.9),
      };
    });
    const total = lines.reduce((s, l) => s + l.line_total, 0);
    const iso = new Date(t).toISOString();
    add('sale', t, {
      id,
      receipt_no: `${outletId}-${String(n + 1).padStart(4, '0')}`,
      business_date: o.day,
      status: 'completed',
      total,
      rounding: 0,
      paid: total,
      change_due: 0,
      created_at: iso,
    });
    for (const l of lines) add('sale_line', t, { sale_id: id, ...l });
    add('payment', t, { sale_id: id, seq: 1, method: 'cash', amount: total });
    for (const l of lines) add('stock_move', t, { product_id: l.product_id, qty_milli: -l.qty_milli, kind: 'sale', doc_type: 'sale', doc_id: id, at: iso });
    // One sale in twenty comes after a refused attempt (an LPG quota, say), recorded as its own fact.
    if (rng.chance(0.05))
      add('refusal', t, {
        id: facts.filter((f) => f.kind === 'refusal').length + 1,
        at: iso,
        business_date: o.day,
        rule_code: rng.pick(['LPG_TX_LIMIT', 'LPG_NIK_DAY_LIMIT', 'LPG_BUYER_NOT_REGISTERED']),
        product_id: 'p1',
        qty_milli: 2000,
        buyer_ref: null,
        cashier_id: 'kasir',
      });
    const entry = { userId: 'kasir', action: 'sale.commit', entity: 'sale', entityId: id, details: JSON.stringify({ total }) };
    const hash = createHash('sha256')
      .update(auditHashMaterial(head, iso, entry))
      .digest('hex');
    add('audit', t, {
      at: iso,
      user_id: entry.userId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      details: entry.details,
      prev_hash: head,
      hash,
    });
    head = hash;
  });

  const heads: string[] = [];
  let h = GENESIS_HEAD;
  for (const f of facts) {
    if (f.kind === 'audit') h = f.payload.hash as string;
    heads.push(h);
  }
  const batch = (from: number, to: number, at: number): SignedBatch => {
    const body: SyncBatchBody = {
      version: 1,
      outletId,
      fromSeq: from,
      toSeq: to,
      facts: facts.slice(from - 1, to),
      chainHead: heads[to - 1]!,
      // A stand-in for the keyed journal: one entry per fact sent, so the head only moves forward.
      journalHead: { seq: to, mac: createHash('sha256').update(`${outletId}\u0000${to}`).digest('hex') },
      sentAt: new Date(at).toISOString(),
    };
    return { body, signature: sign(null, Buffer.from(batchSigningText(body)), privateKey).toString('base64') };
  };

  // Pushes: every interval while online; an outage swallows the pushes inside it.
  const deliveries: Delivery[] = [];
  const interval = rng.int(5, 30) * 60_000;
  const outage = rng.chance(0.15) ? { from: start + rng.int(1, 10) * 3600_000, hours: rng.int(1, 6) } : null;
  let acked = 0;
  const push = (upTo: number, t: number): Delivery[] => {
    const sent: Delivery[] = [];
    for (let from = acked + 1; from <= upTo; from += o.batchMax)
      sent.push({ at: t + sent.length * 200, batch: batch(from, Math.min(upTo, from + o.batchMax - 1), t) });
    return sent;
  };
  const end = start + (HOURS + 0.5) * 3600_000;
  for (let t = start + interval; ; t = Math.min(t + interval, end)) {
    const offline = outage && t >= outage.from && t < outage.from + outage.hours * 3600_000;
    const upTo = facts.findLastIndex((f) => Date.parse(f.at) <= t) + 1;
    if (!offline && upTo > acked) {
      const sent = push(upTo, t);
      if (sent.length >= 2 && rng.chance(0.05)) [sent[0]!.at, sent[1]!.at] = [sent[1]!.at, sent[0]!.at];
      deliveries.push(...sent);
      // A lost reply: the outlet does not hear the ack and sends the same facts again next time.
      if (!rng.chance(0.05)) acked = upTo;
    }
    if (t >= end) break;
  }
  if (acked < facts.length) deliveries.push(...push(facts.length, end + 60_000));
  return { outletId, publicKey, facts, sales: salesCount, deliveries };
}
