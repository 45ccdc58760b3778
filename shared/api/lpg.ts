import { z } from 'zod';
import { ALL_ROLES, FileDownload, IsoDate, type MethodContract } from './common';
import { MANAGER_ROLES } from '../roles';
import { LPG_CATEGORIES, type LimitUse as LimitUseType, type LpgBuyerLimits as LpgBuyerLimitsType, type LpgBuyerView as LpgBuyerViewType } from '../lpg';
import { Amount, CodeParams, Count } from './values';

const Text = (max: number) => z.string().trim().max(max);
const OptText = (max: number) => Text(max).nullish();

const BusinessCategory = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{0,39}$/),
  name: Text(80).min(1),
  prohibited: z.boolean(),
  source: Text(200).nullable(),
});

export const LpgBuyerRegisterInput = z.object({
  nik: z.string().min(1).max(40),
  kk: z.string().min(1).max(40),
  name: Text(120).min(1),
  address: OptText(300),
  rt: OptText(5),
  rw: OptText(5),
  kelurahan: OptText(80),
  phone: OptText(30),
  category: z.enum(LPG_CATEGORIES),
  nib: OptText(20),
  businessName: OptText(120),
  businessType: OptText(80),
  /** A code from lpg.businessCategories.list; a prohibited category is refused. */
  businessCategory: OptText(40),
  isPengecer: z.boolean().optional(),
});

const Uuidish = z.string().min(1).max(64);

const Category = z.enum(LPG_CATEGORIES);

/** How much of one limit is used (shared/lpg.ts `LimitUse`). */
export const LimitUse = z.strictObject({
  unit: z.enum(['tabung', 'transaksi']),
  used: Count,
  limit: Count.nullable(),
  remaining: z.number().int().nullable(),
  mode: z.enum(['hard', 'soft', 'off']),
}) satisfies z.ZodType<LimitUseType>;
export type LimitUse = z.infer<typeof LimitUse>;

/** A buyer as the counter sees them: NIK and KK masked, never in full. */
export const LpgBuyerView = z.strictObject({
  id: z.string(),
  nikMasked: z.string(),
  kkMasked: z.string(),
  name: z.string(),
  address: z.string().nullable(),
  rt: z.string().nullable(),
  rw: z.string().nullable(),
  kelurahan: z.string().nullable(),
  category: Category,
  nib: z.string().nullable(),
  businessName: z.string().nullable(),
  businessType: z.string().nullable(),
  isPengecer: z.boolean(),
  source: z.enum(['counter', 'import']),
  status: z.enum(['active', 'blocked']),
}) satisfies z.ZodType<LpgBuyerViewType>;
export type LpgBuyerView = z.infer<typeof LpgBuyerView>;

export const LpgBuyerLimits = z.strictObject({
  date: z.string(),
  month: z.string(),
  perTransaction: LimitUse,
  dayTransactions: LimitUse,
  dayQty: LimitUse,
  nikMonth: LimitUse,
  kkMonth: LimitUse,
}) satisfies z.ZodType<LpgBuyerLimitsType>;
export type LpgBuyerLimits = z.infer<typeof LpgBuyerLimits>;

/** A buyer with what is left of each limit today and this month. */
export const LpgBuyerStatus = z.strictObject({ buyer: LpgBuyerView, limits: LpgBuyerLimits });
export type LpgBuyerStatus = z.infer<typeof LpgBuyerStatus>;

export const LpgBuyerRegistered = z.strictObject({ buyer: LpgBuyerView, warnings: z.array(CodeParams) });
export type LpgBuyerRegistered = z.infer<typeof LpgBuyerRegistered>;

/** One CSV row of a buyer import: the new buyer and its warnings, or the refusal. */
export const LpgImportRow = z.strictObject({
  row: z.number().int().positive(),
  ok: z.boolean(),
  buyerId: z.string().optional(),
  code: z.string().optional(),
  params: CodeParams.shape.params.optional(),
  warnings: z.array(CodeParams).optional(),
});
export const LpgBuyerImportReport = z.strictObject({ imported: Count, rejected: Count, rows: z.array(LpgImportRow) });
export type LpgBuyerImportReport = z.infer<typeof LpgBuyerImportReport>;

export const LpgProfileActivated = z.strictObject({ profile: z.string(), validFrom: z.string(), settings: z.record(z.string(), z.unknown()) });
export const LpgProfileStatus = z.strictObject({
  profile: z.string(),
  date: z.string(),
  next: z.strictObject({ profile: z.string(), validFrom: z.string() }).nullable(),
});
export type LpgProfileStatus = z.infer<typeof LpgProfileStatus>;

/** Fulls and empties on hand, and the month's allocation use. Quantities are in tabung. */
export const LpgStatus = z.strictObject({
  date: z.string(),
  stock: z.array(z.strictObject({ productId: z.string(), sku: z.string(), name: z.string(), lpgKind: z.string().nullable(), onHand: z.number() })),
  allocation: z.strictObject({ month: z.string(), sold: z.number(), allocation: z.number(), usedPct: z.number(), warnPct: z.number(), warn: z.boolean() }),
});
export type LpgStatus = z.infer<typeof LpgStatus>;

/** One LPG sale line in the logbook; nik and kk are masked unless a manager asked for them in full. */
export const LogbookRow = z.strictObject({
  saleId: z.string(),
  lineNo: z.number().int().positive(),
  businessDate: z.string(),
  time: z.string(),
  receiptNo: z.string(),
  nik: z.string(),
  kk: z.string(),
  buyerName: z.string(),
  category: Category,
  sku: z.string(),
  lpgKind: z.string().nullable(),
  qty: z.number(),
  unitPrice: Amount,
  total: Amount,
  emptyReturned: z.boolean(),
  mapStatus: z.enum(['pending', 'recorded', 'rejected']),
  mapRef: z.string().nullable(),
  counted: z.boolean(),
});
export type LogbookRow = z.infer<typeof LogbookRow>;

/** One day of the POS vs MAP reconciliation. */
export const LogbookDay = z.strictObject({
  date: z.string(),
  posCount: Count,
  posQty: z.number(),
  pending: Count,
  recorded: Count,
  rejected: Count,
  mapCount: Count.nullable(),
  difference: z.number().int().nullable(),
  closed: z.boolean(),
});
export type LogbookDay = z.infer<typeof LogbookDay>;

export const Logbook = z.strictObject({ rows: z.array(LogbookRow), days: z.array(LogbookDay) });
export type Logbook = z.infer<typeof Logbook>;

/** The logbook file as the service builds it today (issue 14 moves it to FileDownload). */

export const lpgApi = {
  'lpg.businessCategories.list': {
    input: z.object({}),
    output: z.array(BusinessCategory),
    roles: ALL_ROLES,
    summary: 'Usaha mikro business categories and which may not use LPG 3 kg.',
  },
  'lpg.businessCategories.put': {
    input: BusinessCategory,
    output: z.array(BusinessCategory),
    roles: MANAGER_ROLES,
    summary: 'Add or change a business category and its prohibited flag (audited).',
  },
  'lpg.buyers.register': {
    input: LpgBuyerRegisterInput,
    output: LpgBuyerRegistered,
    roles: ALL_ROLES,
    summary: 'Register an LPG 3 kg buyer (rumah tangga / usaha mikro) at the counter; warns when the KK already has a registered NIK.',
  },
  'lpg.buyers.find': {
    input: z.object({ nik: z.string().min(1).max(40) }),
    output: LpgBuyerStatus.nullable(),
    roles: ALL_ROLES,
    summary: 'Find a buyer by NIK typed or scanned; null when not registered. Includes what is left of each limit today and this month.',
  },
  'lpg.buyers.get': {
    input: z.object({ buyerId: Uuidish }),
    output: LpgBuyerStatus,
    roles: ALL_ROLES,
    summary: 'A buyer (NIK and KK masked) with what is left of each limit today and this month.',
  },
  'lpg.buyers.setStatus': {
    input: z.object({ buyerId: Uuidish, status: z.enum(['active', 'blocked']).optional(), isPengecer: z.boolean().optional(), reason: Text(300).min(3) }),
    output: LpgBuyerStatus,
    roles: MANAGER_ROLES,
    summary: 'Block or unblock a buyer, or mark them as a retailer (pengecer, never sold to); audited with the reason.',
  },
  'lpg.buyers.import': {
    input: z.object({ csv: z.string().min(1).max(20_000_000) }),
    output: LpgBuyerImportReport,
    roles: MANAGER_ROLES,
    summary: 'Import buyers (incl. nelayan/petani sasaran) from CSV text; returns a report per row.',
  },
  'lpg.profile.activate': {
    input: z.object({ profile: z.string().regex(/^\d{4}$/), validFrom: IsoDate }),
    output: LpgProfileActivated,
    roles: MANAGER_ROLES,
    summary: 'Switch the LPG/SPHP rule profile ("2025", "2026") on from a date (today or later). Audited.',
  },
  'lpg.profile.get': {
    input: z.object({ date: IsoDate.optional() }),
    output: LpgProfileStatus,
    roles: ALL_ROLES,
    summary: 'The rule profile in force on a date (default today) and the next planned switch.',
  },
  'lpg.status': {
    input: z.object({}),
    output: LpgStatus,
    roles: ALL_ROLES,
    summary: "Fulls and empties on hand, and the month's allocation use (warning at the configured percentage).",
  },
  'lpg.map.set': {
    input: z.object({ saleId: Uuidish, lineNo: z.number().int().min(1), status: z.enum(['pending', 'recorded', 'rejected']), ref: Text(80).nullish() }),
    output: LogbookRow,
    roles: ALL_ROLES,
    summary: 'Set the MAP status and reference of an LPG sale line after entering it in Merchant Apps. Audited.',
  },
  'lpg.logbook': {
    input: z.object({ from: IsoDate, to: IsoDate, fullNik: z.boolean().optional() }),
    output: Logbook,
    roles: ALL_ROLES,
    summary: 'LPG logbook rows and the per-day POS vs MAP count; full NIK for manajer/admin only (audited).',
  },
  'lpg.logbook.export': {
    input: z.object({ from: IsoDate, to: IsoDate, format: z.enum(['csv', 'xlsx']), fullNik: z.boolean().optional() }),
    output: FileDownload.extend({ rows: z.number().int() }),
    roles: ALL_ROLES,
    summary: 'The logbook as a CSV or XLSX file (base64, with name and MIME type); full NIK for manajer/admin only (audited).',
  },
  'lpg.map.count': {
    input: z.object({ date: IsoDate, mapCount: z.number().int().min(0).max(1_000_000) }),
    output: LogbookDay,
    roles: MANAGER_ROLES,
    summary: 'Enter the count MAP shows for a day, for the POS vs MAP reconciliation.',
  },
  'lpg.day.close': {
    input: z.object({ date: IsoDate, reason: Text(500).optional() }),
    output: LogbookDay,
    roles: MANAGER_ROLES,
    summary: 'Close an LPG day; refused while MAP entries are pending unless a reason is given (audited).',
  },
} satisfies Record<string, MethodContract>;
