import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import { ALL_ROLES, Approval, type MethodContract } from './common';
import { Amount, Count, Milli, SoldBy } from './values';

const Id = z.string().min(1).max(64);

export const OpnameLineView = z.strictObject({
  productId: z.string(),
  sku: z.string(),
  name: z.string(),
  unit: z.string(),
  soldBy: SoldBy,
  /** On hand when the line was first counted (before that: when the count started); null in a blind count for whoever counts. */
  systemMilli: Milli.nullable(),
  countedMilli: Milli.nullable(),
  varianceMilli: Milli.nullable(),
  unitCost: Amount,
  varianceValue: Amount.nullable(),
  /** The difference is worth more than opname.reason_threshold: posting needs a reason. */
  needsReason: z.boolean(),
  reason: z.string().nullable(),
  /** This line's difference is already in the stock ledger (a count posts what was counted). */
  posted: z.boolean(),
});
export type OpnameLineView = z.infer<typeof OpnameLineView>;

const Status = z.enum(['counting', 'posted', 'cancelled']);

export const OpnameView = z.strictObject({
  id: z.string(),
  title: z.string(),
  status: Status,
  startedAt: z.string(),
  postedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  /** The system quantity is hidden from whoever counts; the manager sees it to approve. */
  blind: z.boolean(),
  /** This answer leaves out the system quantities (a blind count, asked by a counter). */
  systemHidden: z.boolean(),
  lines: z.array(OpnameLineView),
  counted: Count,
  posted: Count,
  total: Count,
  /** Null when the system quantities are hidden. */
  varianceValue: Amount.nullable(),
  /** The setting in force today: a line whose difference is worth more needs a reason. */
  reasonThreshold: Amount,
});
export type OpnameView = z.infer<typeof OpnameView>;

export const OpnameSummary = z.strictObject({
  id: z.string(),
  title: z.string(),
  status: Status,
  startedAt: z.string(),
  postedAt: z.string().nullable(),
  blind: z.boolean(),
  counted: Count,
  posted: Count,
  total: Count,
});
export type OpnameSummary = z.infer<typeof OpnameSummary>;

export const opnameApi = {
  'opname.start': {
    input: z.object({ title: z.string().trim().min(1).max(120), productIds: z.array(Id).max(100_000).optional(), blind: z.boolean().optional() }),
    output: OpnameView,
    roles: MANAGER_ROLES,
    summary:
      'Start a stock count (blind unless told otherwise: setting opname.blind_default); each product’s system quantity is taken when it is first counted.',
  },
  'opname.count': {
    input: z
      .object({
        opnameId: Id,
        productId: Id.optional(),
        barcode: z.string().trim().min(1).max(64).optional(),
        qtyMilli: z.number().int().min(0).max(1e9),
        mode: z.enum(['set', 'add']).default('set'),
      })
      .refine((v) => v.productId || v.barcode, 'productId or barcode'),
    output: OpnameLineView,
    roles: ALL_ROLES,
    summary:
      "Enter a counted quantity for a product (by id or scanned barcode); mode 'add' sums scans. A blind count answers without the system quantity to a non-manager.",
  },
  'opname.post': {
    input: z.object({
      opnameId: Id,
      /** The manajer's own PIN, asked again at posting. */
      approval: Approval,
      /** productId → why its difference is what it is; needed for each line over the threshold. */
      reasons: z.record(Id, z.string().trim().min(3).max(300)).default({}),
      /**
       * What happens to products not counted yet: ask (refuse with OPNAME_NOT_COUNTED), later (post
       * the counted lines, the count stays open for the rest), unchanged (close; they keep their
       * quantity), zero (close; they are counted as 0).
       */
      uncounted: z.enum(['ask', 'later', 'unchanged', 'zero']).default('ask'),
    }),
    output: OpnameView,
    roles: MANAGER_ROLES,
    summary: 'Approve the count with the manajer PIN: each counted difference posts one opname move (audited with its reasons).',
  },
  'opname.cancel': { input: z.object({ opnameId: Id }), output: OpnameView, roles: MANAGER_ROLES, summary: 'Cancel an open count (nothing is posted).' },
  'opname.get': {
    input: z.object({ opnameId: Id }),
    output: OpnameView,
    roles: ALL_ROLES,
    summary: 'A count with system, counted, variance and variance value per product (a blind count hides the system side from a non-manager).',
  },
  'opname.list': {
    input: z.object({}),
    output: z.array(OpnameSummary),
    roles: ALL_ROLES,
    summary: 'Counts, newest first, with how many lines are counted and posted.',
  },
} satisfies Record<string, MethodContract>;
