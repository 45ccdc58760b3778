// The outlet's link to the pusat, for the manager: what is sent, what is pending, what the pusat
// has set that takes effect later, and a way to sync now.
import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
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

export const syncApi = {
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
