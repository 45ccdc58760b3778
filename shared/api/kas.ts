// Buku kas: kas masuk / kas keluar at the counter (the shift's drawer) or in the office (kas kecil).
import { z } from 'zod';
import { APPROVER_ROLES, MANAGER_ROLES } from '../roles';
import { NOTA_PHOTO_MAX_BYTES, NOTA_PHOTO_TYPES } from '../books/kas';
import { ALL_ROLES, Approval, IsoDate, Uuid, type MethodContract } from './common';

export const CashDirection = z.enum(['in', 'out']);
export const CashPlace = z.enum(['counter', 'office']);

/** base64 of a nota photo. The contract lets through twice the size the host keeps, so an
 * oversized photo is refused by the host with its own words (KAS_PHOTO_TOO_LARGE), not as bad input;
 * the host also checks the bytes really are that image type. */
export const NotaPhoto = z.strictObject({
  mime: z.enum(NOTA_PHOTO_TYPES),
  base64: z
    .string()
    .max(Math.ceil((2 * NOTA_PHOTO_MAX_BYTES) / 3) * 4)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64'),
});

export const CashCategory = z.strictObject({ code: z.string(), name: z.string(), kind: z.enum(['revenue', 'expense', 'asset']) });

export const CashEntryView = z.strictObject({
  id: z.string(),
  entryNo: z.string(),
  direction: CashDirection,
  place: CashPlace,
  shiftId: z.string().nullable(),
  accountCode: z.string(),
  accountName: z.string(),
  amount: z.number().int().positive(),
  note: z.string(),
  entryDate: IsoDate,
  user: z.string(),
  approvedBy: z.string().nullable(),
  hasPhoto: z.boolean(),
  createdAt: z.string(),
});
export type CashEntryView = z.infer<typeof CashEntryView>;

export const kasApi = {
  'kas.form': {
    input: z.object({ place: CashPlace }),
    output: z.strictObject({
      /** Above this amount a supervisor's PIN approves the entry (setting books.kas.pin_threshold, today). */
      pinThreshold: z.number().int().min(0),
      categories: z.array(CashCategory),
    }),
    roles: ALL_ROLES,
    summary: 'What the buku kas dialog offers: the categories (pendapatan / beban accounts) and the amount above which a supervisor PIN is needed.',
  },
  'kas.record': {
    input: z.object({
      /** Made by the client, so a retried save records once. */
      id: Uuid,
      direction: CashDirection,
      place: CashPlace,
      /** The open shift whose drawer the money moves (counter entries). */
      shiftId: z.string().min(1).max(64).optional(),
      accountCode: z.string().trim().min(1).max(16),
      amount: z.number().int().min(1).max(1e13),
      note: z.string().trim().min(1).max(200),
      approval: Approval.optional(),
      photo: NotaPhoto.optional(),
    }),
    output: CashEntryView,
    roles: ALL_ROLES,
    summary:
      'Record kas masuk / kas keluar with a category, a note and an optional nota photo, posted to the journal in the same transaction. Counter entries move the shift drawer (and its expected cash); office entries (manajer) move kas kecil. Above the PIN threshold a supervisor approves.',
  },
  'kas.list': {
    input: z.object({ from: IsoDate, to: IsoDate, shiftId: z.string().min(1).max(64).optional() }),
    output: z.array(CashEntryView),
    roles: APPROVER_ROLES,
    summary: 'Buku kas entries between two dates (outlet time zone), optionally of one shift.',
  },
  'kas.photo': {
    input: z.object({ id: Uuid }),
    output: z.strictObject({ mime: z.enum(NOTA_PHOTO_TYPES), contentBase64: z.string() }),
    roles: MANAGER_ROLES,
    summary: 'The nota photo of a buku kas entry.',
  },
} satisfies Record<string, MethodContract>;
