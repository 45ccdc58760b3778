// The replication format between a gerai and the pusat (docs/central.md). An outlet numbers every
// append-only fact it writes (seq, gapless per outlet); a batch carries a contiguous run of them,
// the outlet's audit-chain head after the last one, and an Ed25519 signature over the canonical
// JSON of everything else. Pure TypeScript: the signing itself happens in Node on both sides.
import { z } from 'zod';
import { canonicalJson } from './canonicalJson';

/** Every kind of fact an outlet sends. The payloads are written by the outbox triggers
 * (migrations/0900_sync_outbox.sql, journal lines 1060, buku kas 1062, the dashboards' facts 1140); none of them
 * carries a NIK, only keyed hashes or the last four digits. */
export const FACT_KINDS = [
  'sale',
  'sale_line',
  'payment',
  'sale_void',
  'return',
  'return_line',
  'stock_move',
  'lpg_line',
  'lpg_line_state',
  'delivery_posted',
  'opname_posted',
  'simpanan',
  'journal_line',
  'cash_entry',
  'product',
  'member',
  'outlet_setting',
  'refusal',
  'audit',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const HASH_RE = /^[0-9a-f]{64}$/;
export const GENESIS_HEAD = '0'.repeat(64);
/** Most facts a batch may carry: large enough for a busy day in a few round trips. */
export const MAX_FACTS_PER_BATCH = 2000;

const IsoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'ISO instant (UTC)');
const Seq = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const JournalHead = z.object({ seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), mac: z.string().regex(HASH_RE) });
export type JournalHead = z.infer<typeof JournalHead>;

export const SyncFact = z.object({
  seq: Seq,
  kind: z.enum(FACT_KINDS),
  at: IsoInstant,
  payload: z.record(z.string(), z.unknown()),
});
export type SyncFact = z.infer<typeof SyncFact>;

export const SyncBatchBody = z
  .object({
    version: z.literal(1),
    outletId: z.string().min(1).max(64),
    fromSeq: Seq,
    toSeq: Seq,
    facts: z.array(SyncFact).min(1).max(MAX_FACTS_PER_BATCH),
    /** The outlet's audit-chain head once every fact of this batch is applied. */
    chainHead: z.string().regex(HASH_RE),
    /** The outlet's keyed journal head when the batch was made (electron/services/journal): the
     * pusat holds it to never going back. Optional: outlets from before it still sync. */
    journalHead: JournalHead.optional(),
    sentAt: IsoInstant,
  })
  .refine((b) => b.toSeq - b.fromSeq + 1 === b.facts.length && b.facts.every((f, i) => f.seq === b.fromSeq + i), {
    message: 'facts must be numbered fromSeq..toSeq without a gap',
  });
export type SyncBatchBody = z.infer<typeof SyncBatchBody>;

/** The signature is optional in the schema so that an unsigned batch is refused with its own reason. */
export const SignedBatch = z.object({ body: SyncBatchBody, signature: z.string().max(200).optional() });
export type SignedBatch = z.infer<typeof SignedBatch>;

/** Prefix keeps a batch signature from ever being valid for another kind of message. */
export function batchSigningText(body: SyncBatchBody): string {
  return `kkmp-sync-batch-v1\n${canonicalJson(body)}`;
}

/** An outlet's signed request that is not a batch (pulling regional values): fresh, one outlet. */
export const OutletRequest = z.object({ outletId: z.string().min(1).max(64), at: IsoInstant });
export type OutletRequest = z.infer<typeof OutletRequest>;

export function requestSigningText(method: string, req: OutletRequest): string {
  return `kkmp-sync-request-v1\n${method}\n${canonicalJson(req)}`;
}
