// The outlet's link to the pusat, for the manager: what is sent, what is pending, what the pusat
// has set that takes effect later, and a way to sync now.
import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import { ALL_ROLES } from './common';
import type { MethodContract } from './common';

const Upcoming = z.object({ subject: z.string(), validFrom: z.string(), value: z.unknown() });

export const SyncStatusOutput = z.object({
  enrolled: z.boolean(),
  outletId: z.string().nullable(),
  kota: z.string().nullable(),
  centralUrl: z.string().nullable(),
  ackedSeq: z.number().int(),
  lastSeq: z.number().int(),
  pending: z.number().int(),
  lastPushAt: z.string().nullable(),
  lastAckAt: z.string().nullable(),
  lastPullAt: z.string().nullable(),
  lastError: z.string().nullable(),
  upcoming: z.array(Upcoming),
});

/** What the pusat has not acknowledged, for every screen (configured: the outlet is enrolled with a
 * central URL; without one nothing is waiting). `since`: the oldest unacknowledged fact (ISO). */
export const SyncUnsent = z.strictObject({
  configured: z.boolean(),
  pending: z.number().int().min(0),
  sales: z.number().int().min(0),
  since: z.string().nullable(),
});
export type SyncUnsent = z.infer<typeof SyncUnsent>;

export const syncApi = {
  'sync.unsent': {
    input: z.object({}),
    output: SyncUnsent,
    roles: ALL_ROLES,
    summary: 'How many facts (and sales) the pusat has not acknowledged yet and since when; nothing while no central URL is set.',
  },
  'sync.sendNow': {
    input: z.object({}),
    output: z.strictObject({ unsent: SyncUnsent, error: z.strictObject({ code: z.string(), params: z.record(z.string(), z.unknown()) }).nullable() }),
    roles: ALL_ROLES,
    summary:
      'One push to the pusat now (the kasir before logging out or closing the shift); returns what is still unacknowledged and why the push failed ({code, params}), if it did.',
  },
  'sync.status': {
    input: z.object({}),
    output: SyncStatusOutput,
    roles: MANAGER_ROLES,
    summary: 'The link to the pusat: acknowledged and pending facts, last push and pull, regional values still to come.',
  },
  'sync.run': {
    input: z.object({}),
    output: z.object({
      sent: z.number().int(),
      ackedSeq: z.number().int(),
      pending: z.number().int(),
      applied: z.number().int(),
      error: z.string().nullable(),
    }),
    roles: MANAGER_ROLES,
    summary: 'Push the outbox to the pusat now and pull the regional values.',
  },
} satisfies Record<string, MethodContract>;
