// The outlet's link to the pusat, for the manager: what is sent, what is pending, what the pusat
// has set that takes effect later, and a way to sync now.
import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import { ALL_ROLES } from './common';
import type { MethodContract } from './common';

const CentralUrl = z
  .string()
  .max(300)
  .regex(/^https?:\/\/[^\s/]+(:\d+)?\/?$/, 'http(s)://host[:port]')
  .refine((u) => URL.canParse(u), 'http(s)://host[:port]');
const EnrolCode = z.string().min(8).max(64);
/** SHA-256 of a self-signed pusat certificate, as the dinas gives it with the code. */
const Fingerprint = z.string().regex(/^([0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}$/, 'SHA-256 fingerprint');

const Upcoming = z.object({ subject: z.string(), validFrom: z.string(), value: z.unknown() });

export const SyncStatusOutput = z.object({
  enrolled: z.boolean(),
  outletId: z.string().nullable(),
  kota: z.string().nullable(),
  centralUrl: z.string().nullable(),
  /** The pusat certificate fingerprint pinned at enrolment (null: checked by a public authority, or http). */
  centralFingerprint: z.string().nullable(),
  ackedSeq: z.number().int(),
  lastSeq: z.number().int(),
  pending: z.number().int(),
  /** When the oldest fact not yet acknowledged was made: how long the pusat has been behind. */
  pendingSince: z.string().nullable(),
  lastPushAt: z.string().nullable(),
  lastAckAt: z.string().nullable(),
  lastPullAt: z.string().nullable(),
  lastError: z.string().nullable(),
  upcoming: z.array(Upcoming),
});

const SyncRunOutput = z.object({
  sent: z.number().int(),
  ackedSeq: z.number().int(),
  pending: z.number().int(),
  applied: z.number().int(),
  error: z.string().nullable(),
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
    output: SyncRunOutput,
    roles: MANAGER_ROLES,
    summary: 'Push the outbox to the pusat now and pull the regional values.',
  },
  'sync.enrol': {
    input: z.object({ centralUrl: CentralUrl, code: EnrolCode, fingerprint: Fingerprint.optional() }),
    output: SyncRunOutput,
    roles: MANAGER_ROLES,
    summary: 'Enrol this outlet with the pusat (one-time code from the dinas, pinned certificate), then push and pull once.',
  },
  'sync.runWithKey': {
    input: z.object({
      /** The outlet's signing key file; default beside the database. */
      syncKeyFile: z.string().min(1).max(1000).optional(),
      centralUrl: CentralUrl.optional(),
      enrolCode: EnrolCode.optional(),
      fingerprint: Fingerprint.optional(),
    }),
    output: z.strictObject({
      outletId: z.string(),
      enrolled: z.boolean(),
      push: z.strictObject({
        sent: z.number().int(),
        batches: z.number().int(),
        ackedSeq: z.number().int(),
        pending: z.number().int(),
        error: z.strictObject({ code: z.string(), params: z.record(z.string(), z.unknown()) }).nullable(),
      }),
      pull: z.strictObject({ applied: z.number().int(), unknownGtins: z.array(z.string()) }).nullable(),
    }),
    roles: MANAGER_ROLES,
    systemOnly: true,
    summary:
      'CLI only (kkmp sync): push the outbox in signed batches and pull the regional values, with the signing key file at a path on the host; enrols first when given a code.',
  },
} satisfies Record<string, MethodContract>;
