// Members, simpanan and SHU runs: the API contract and the plain data objects the screens, the
// receipt layouts (member card, SHU slip) and the exports share.
import { z } from 'zod';
import { ALL_ROLES, FileDownload, IsoDate, Rupiah, type MethodContract } from './common';
import { MANAGER_ROLES, APPROVER_ROLES } from '../roles';
import { FUND_KEYS, ShuFundLine, ShuMemberResult, ShuTotals } from '../shu';
import { PrintDocument } from '../receipt/document';

const Text = (max: number) => z.string().trim().max(max);
const Id = z.string().min(1).max(64);

export const MemberFields = z.object({
  memberNo: Text(20).min(1).optional(),
  name: Text(120).min(1),
  nik: Text(40).nullish(),
  kkNo: Text(40).nullish(),
  address: Text(200).nullish(),
  rt: Text(5).nullish(),
  rw: Text(5).nullish(),
  kelurahan: Text(80).nullish(),
  phone: Text(30).nullish(),
  joinDate: IsoDate,
  cardCode: Text(40).min(1).nullish(),
});
export type MemberFields = z.infer<typeof MemberFields>;

const Whole = z.number().int();

export const MemberView = z.strictObject({
  id: z.string(),
  memberNo: z.string(),
  name: z.string(),
  /** `****1234` or null: a full NIK never leaves the core. */
  nikMasked: z.string().nullable(),
  /** `****1234` or null, like the NIK; the full number only through members.revealKk. */
  kkMasked: z.string().nullable(),
  address: z.string().nullable(),
  rt: z.string().nullable(),
  rw: z.string().nullable(),
  kelurahan: z.string().nullable(),
  phone: z.string().nullable(),
  joinDate: z.string(),
  leaveDate: z.string().nullable(),
  status: z.enum(['active', 'left']),
  cardCode: z.string(),
});
export type MemberView = z.infer<typeof MemberView>;

/** What the drivers' member-card layout prints: the barcode is Code 128 of cardCode. */
export const MemberCardData = z.strictObject({
  outletName: z.string(),
  memberNo: z.string(),
  name: z.string(),
  nikMasked: z.string().nullable(),
  address: z.string(),
  joinDate: z.string(),
  cardCode: z.string(),
});
export type MemberCardData = z.infer<typeof MemberCardData>;

export const MembershipFigure = z.strictObject({
  activeMembers: Whole,
  /** Distinct KK numbers among active members. */
  households: Whole,
  kelurahanKkCount: Whole,
  targetPct: z.string(),
  /** Members needed for the target: ceil(KK × target %). */
  targetMembers: Whole,
  /** Active members per 100 KK, one decimal ("7.5"), null when the KK count is not set. */
  pctOfKk: z.string().nullable(),
  reached: z.boolean(),
});
export type MembershipFigure = z.infer<typeof MembershipFigure>;

export const ImportRowProblem = z.strictObject({
  /** 1-based row in the file, the header being row 1. */
  row: Whole,
  field: z.string(),
  code: z.string(),
  message: z.string(),
});
export type ImportRowProblem = z.infer<typeof ImportRowProblem>;

export const ImportReport = z.strictObject({ rows: Whole, valid: Whole, imported: Whole, problems: z.array(ImportRowProblem) });
export type ImportReport = z.infer<typeof ImportReport>;

export const SimpananKind = z.enum(['pokok', 'wajib', 'sukarela']);
export type SimpananKind = z.infer<typeof SimpananKind>;

export const SimpananEntryView = z.strictObject({
  id: z.string(),
  memberId: z.string(),
  kind: SimpananKind,
  amount: Whole,
  entryDate: z.string(),
  receiptNo: z.string(),
  method: z.enum(['cash', 'transfer', 'shu']),
  reference: z.string().nullable(),
  note: z.string().nullable(),
});
export type SimpananEntryView = z.infer<typeof SimpananEntryView>;

export const SimpananBalances = z.strictObject({ pokok: Whole, wajib: Whole, sukarela: Whole, total: Whole });
export type SimpananBalances = z.infer<typeof SimpananBalances>;

export const WajibArrears = z.strictObject({
  monthsDue: Whole,
  expected: Whole,
  paid: Whole,
  arrears: Whole,
  /** Months not yet covered by wajib payments, oldest first (YYYY-MM). */
  unpaidMonths: z.array(z.string()),
});
export type WajibArrears = z.infer<typeof WajibArrears>;

export const MemberStatement = z.strictObject({
  member: MemberView,
  year: Whole,
  opening: SimpananBalances,
  entries: z.array(SimpananEntryView),
  closing: SimpananBalances,
  arrears: WajibArrears,
  purchases: z.array(
    z.strictObject({ receiptNo: z.string(), date: z.string(), status: z.enum(['completed', 'voided']), total: Whole, returned: Whole, net: Whole }),
  ),
  /** Completed purchases less returns; voided sales count 0. */
  purchasesNet: Whole,
  /** The part of purchasesNet in categories that count for SHU. */
  purchasesCounted: Whole,
});
export type MemberStatement = z.infer<typeof MemberStatement>;

const RunStatus = z.enum(['draft', 'approved']);

/** A member's SHU slip (receipt printer or A4). */
export const ShuSlipData = ShuMemberResult.omit({ roundedOff: true }).extend({
  outletName: z.string(),
  year: Whole,
  runId: z.string(),
  status: RunStatus,
  paid: z.strictObject({ method: z.enum(['cash', 'simpanan']), amount: Whole, paidAt: z.string() }).nullable(),
});
export type ShuSlipData = z.infer<typeof ShuSlipData>;

/** The settings and sales figures a run used, saved with it. */
export const ShuRunInputs = z.strictObject({
  allocation: z.record(z.enum(FUND_KEYS), z.string()),
  villageSharePct: z.string().nullable(),
  savingsBasis: z.enum(['year_end', 'average_month_end']),
  savingsIncludeSukarela: z.boolean(),
  nonMemberToCadangan: z.boolean(),
  includeLeftMembers: z.boolean(),
  payoutRoundTo: Whole,
  withholdingPct: z.string(),
  memberSales: Whole,
  nonMemberSales: Whole,
});
export type ShuRunInputs = z.infer<typeof ShuRunInputs>;

/** A run as listed: who made and approved it and the year's split, without the member table. */
export const ShuRunSummary = z.strictObject({
  id: z.string(),
  year: Whole,
  surplus: Whole,
  status: RunStatus,
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  villageShare: Whole,
  nonMemberShare: Whole,
  pool: Whole,
  jasaUsahaUndistributed: Whole,
  jasaModalUndistributed: Whole,
  roundingToCadangan: Whole,
  cadanganTotal: Whole,
  totals: ShuTotals,
});
export type ShuRunSummary = z.infer<typeof ShuRunSummary>;

export const ShuRunView = ShuRunSummary.extend({
  inputs: ShuRunInputs,
  funds: z.array(ShuFundLine),
  members: z.array(ShuMemberResult.extend({ memberId: z.string() })),
});
export type ShuRunView = z.infer<typeof ShuRunView>;

export const ShuPayout = z.strictObject({ memberId: z.string(), method: z.enum(['cash', 'simpanan']), amount: Whole, receiptNo: z.string().nullable() });

const OFFICE: readonly ('supervisor' | 'manajer' | 'admin')[] = APPROVER_ROLES as readonly ('supervisor' | 'manajer' | 'admin')[];

export const membersApi = {
  'members.create': {
    input: MemberFields.extend({ payPokok: z.boolean().optional() }),
    output: MemberView,
    roles: OFFICE,
    summary: 'Register a member (NIK sealed, shown masked); optionally take simpanan pokok at once.',
  },
  'members.update': {
    input: z.object({ memberId: Id, changes: MemberFields.partial() }),
    output: MemberView,
    roles: OFFICE,
    summary: 'Edit a member; the change is audited (field names only, never the NIK).',
  },
  'members.leave': {
    input: z.object({ memberId: Id, leaveDate: IsoDate, reason: Text(200).min(1) }),
    output: MemberView,
    roles: OFFICE,
    summary: 'A member leaves: status left from the leave date (audited).',
  },
  'members.revealKk': {
    input: z.object({ memberId: Id, reason: Text(200).min(1) }),
    output: z.strictObject({ memberId: z.string(), kkNo: z.string().nullable() }),
    roles: MANAGER_ROLES,
    summary: 'The full KK number of a member, for a manager; every look is audited with its reason.',
  },
  'members.get': { input: z.object({ memberId: Id }), output: MemberView, roles: ALL_ROLES, summary: 'One member, NIK masked.' },
  'members.find': {
    input: z.object({ code: Text(60).min(1) }),
    output: MemberView,
    roles: ALL_ROLES,
    summary: 'Exact lookup by card scan, member number or NIK (the cashier attaching a member to a sale).',
  },
  'members.search': {
    input: z.object({ query: Text(60), status: z.enum(['active', 'left', 'all']).optional(), limit: z.number().int().min(1).max(200).optional() }),
    output: z.array(MemberView),
    roles: ALL_ROLES,
    summary: 'Members by name, member number or card code, active first.',
  },
  'members.import': {
    input: z.object({
      format: z.enum(['csv', 'xlsx']),
      contentBase64: z.string().max(20_000_000),
      validRowsOnly: z.boolean().optional(),
      payPokok: z.boolean().optional(),
    }),
    output: ImportReport,
    roles: OFFICE,
    summary: 'Import members from CSV/XLSX with a row-by-row report; nothing is imported when a row is bad unless validRowsOnly.',
  },
  'members.card': {
    input: z.object({ memberId: Id }),
    output: MemberCardData,
    roles: ALL_ROLES,
    summary: 'The data printed on the member card (barcode = cardCode).',
  },
  'members.cardDocument': {
    input: z.object({ memberId: Id, width: z.union([z.literal(58), z.literal(80)]).default(58) }),
    output: PrintDocument,
    roles: ALL_ROLES,
    summary: 'The member card as a print document (Code 128 barcode of the card code) for the receipt printer.',
  },
  'members.figure': {
    input: z.object({}),
    output: MembershipFigure,
    roles: ALL_ROLES,
    summary: 'Dashboard: active members against the KK of the kelurahan and the target %.',
  },
  'members.statement': {
    input: z.object({ memberId: Id, year: z.number().int().min(2000).max(2999) }),
    output: MemberStatement,
    roles: ALL_ROLES,
    summary: "A member's year: simpanan entries and balances, wajib arrears, purchases net of voids and returns.",
  },
  'simpanan.deposit': {
    input: z.object({
      memberId: Id,
      kind: SimpananKind,
      amount: Rupiah.optional(),
      months: z.number().int().min(1).max(120).optional(),
      method: z.enum(['cash', 'transfer']).default('cash'),
      note: Text(200).optional(),
    }),
    output: SimpananEntryView,
    roles: OFFICE,
    summary: 'Simpanan pokok (once, amount from the AD/ART setting), wajib (months × setting) or sukarela; returns the entry with its receipt number.',
  },
  'simpanan.withdraw': {
    input: z.object({
      memberId: Id,
      kind: SimpananKind,
      amount: Rupiah.refine((n) => n > 0, 'positive'),
      method: z.enum(['cash', 'transfer']).default('cash'),
      note: Text(200).optional(),
    }),
    output: SimpananEntryView,
    roles: OFFICE,
    summary: 'Withdraw sukarela (never below zero); pokok and wajib only for a member who left.',
  },
  'simpanan.summary': {
    input: z.object({ memberId: Id }),
    output: z.strictObject({ balances: SimpananBalances, arrears: WajibArrears }),
    roles: ALL_ROLES,
    summary: 'Balances by kind and wajib arrears today.',
  },
  'shu.preview': {
    input: z.object({ year: z.number().int().min(2000).max(2999), surplus: Rupiah }),
    output: ShuRunView,
    roles: OFFICE,
    summary: 'Compute the SHU of a year from the database without saving it.',
  },
  'shu.createRun': {
    input: z.object({ year: z.number().int().min(2000).max(2999), surplus: Rupiah }),
    output: ShuRunView,
    roles: MANAGER_ROLES,
    summary: 'Compute and save a draft SHU run for review.',
  },
  'shu.getRun': { input: z.object({ runId: Id }), output: ShuRunView, roles: OFFICE, summary: 'A saved SHU run with funds and the member table.' },
  'shu.listRuns': {
    input: z.object({ year: z.number().int().min(2000).max(2999).optional() }),
    output: z.array(ShuRunSummary),
    roles: OFFICE,
    summary: 'SHU runs, newest first.',
  },
  'shu.approveRun': {
    input: z.object({ runId: Id }),
    output: ShuRunView,
    roles: MANAGER_ROLES,
    summary: 'Approve and freeze a draft run (audited); one approved run per year.',
  },
  'shu.recordPayout': {
    input: z.object({ runId: Id, memberId: Id, method: z.enum(['cash', 'simpanan']) }),
    output: ShuPayout,
    roles: MANAGER_ROLES,
    summary: "Pay a member's SHU from an approved run, in cash or credited to simpanan sukarela (audited, once).",
  },
  'shu.export': {
    input: z.object({ runId: Id, format: z.enum(['csv', 'xlsx', 'pdf']) }),
    output: FileDownload,
    roles: OFFICE,
    summary: 'Daftar SHU per anggota for the RAT as base64 CSV/XLSX/PDF with the allocation table.',
  },
  'shu.slip': { input: z.object({ runId: Id, memberId: Id }), output: ShuSlipData, roles: OFFICE, summary: "The data of a member's SHU slip." },
  'shu.slipDocument': {
    input: z.object({ runId: Id, memberId: Id, width: z.union([z.literal(58), z.literal(80)]).default(58) }),
    output: PrintDocument,
    roles: OFFICE,
    summary: "A member's SHU slip as a print document for the receipt printer.",
  },
  'shu.previewExport': {
    input: z.object({ year: z.number().int().min(2000).max(2999), surplus: Rupiah, format: z.enum(['csv', 'xlsx', 'pdf']) }),
    output: z.object({
      year: z.number().int(),
      members: z.number().int(),
      totals: z.object({ jasaUsaha: z.number().int(), jasaModal: z.number().int() }),
      file: FileDownload,
    }),
    roles: OFFICE,
    summary: "The daftar SHU of a year computed now, without saving a run (the CLI's shu without --save), with its counts.",
  },
} satisfies Record<string, MethodContract>;
