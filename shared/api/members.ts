// Members, simpanan and SHU runs: the API contract and the plain data objects the screens, the
// receipt layouts (member card, SHU slip) and the exports share.
import { z } from 'zod';
import { ALL_ROLES, FileDownload, IsoDate, Rupiah, type MethodContract } from './common';
import { MANAGER_ROLES, APPROVER_ROLES } from '../roles';
import { FUND_KEYS, type ShuFundLine, type ShuMemberResult } from '../shu';

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

export interface MemberView {
  id: string;
  memberNo: string;
  name: string;
  /** `****1234` or null: a full NIK never leaves the core. */
  nikMasked: string | null;
  kkNo: string | null;
  address: string | null;
  rt: string | null;
  rw: string | null;
  kelurahan: string | null;
  phone: string | null;
  joinDate: string;
  leaveDate: string | null;
  status: 'active' | 'left';
  cardCode: string;
}

/** What the drivers' member-card layout prints: the barcode is Code 128 of cardCode. */
export interface MemberCardData {
  outletName: string;
  memberNo: string;
  name: string;
  nikMasked: string | null;
  address: string;
  joinDate: string;
  cardCode: string;
}

export interface MembershipFigure {
  activeMembers: number;
  /** Distinct KK numbers among active members. */
  households: number;
  kelurahanKkCount: number;
  targetPct: string;
  /** Members needed for the target: ceil(KK × target %). */
  targetMembers: number;
  /** Active members per 100 KK, one decimal ("7.5"), null when the KK count is not set. */
  pctOfKk: string | null;
  reached: boolean;
}

export interface ImportRowProblem {
  /** 1-based row in the file, the header being row 1. */
  row: number;
  field: string;
  code: string;
  message: string;
}

export interface ImportReport {
  rows: number;
  valid: number;
  imported: number;
  problems: ImportRowProblem[];
}

export const SimpananKind = z.enum(['pokok', 'wajib', 'sukarela']);
export type SimpananKind = z.infer<typeof SimpananKind>;

export interface SimpananEntryView {
  id: string;
  memberId: string;
  kind: SimpananKind;
  amount: number;
  entryDate: string;
  receiptNo: string;
  method: 'cash' | 'transfer' | 'shu';
  reference: string | null;
  note: string | null;
}

export interface SimpananBalances {
  pokok: number;
  wajib: number;
  sukarela: number;
  total: number;
}

export interface WajibArrears {
  monthsDue: number;
  expected: number;
  paid: number;
  arrears: number;
  /** Months not yet covered by wajib payments, oldest first (YYYY-MM). */
  unpaidMonths: string[];
}

export interface MemberStatement {
  member: MemberView;
  year: number;
  opening: SimpananBalances;
  entries: SimpananEntryView[];
  closing: SimpananBalances;
  arrears: WajibArrears;
  purchases: { receiptNo: string; date: string; status: 'completed' | 'voided'; total: number; returned: number; net: number }[];
  /** Completed purchases less returns; voided sales count 0. */
  purchasesNet: number;
  /** The part of purchasesNet in categories that count for SHU. */
  purchasesCounted: number;
}

/** A member's SHU slip (receipt printer or A4). */
export interface ShuSlipData {
  outletName: string;
  year: number;
  runId: string;
  status: 'draft' | 'approved';
  memberNo: string;
  name: string;
  purchaseBasis: number;
  savingsBasis: number;
  jasaUsaha: number;
  jasaModal: number;
  total: number;
  withheld: number;
  net: number;
  payout: number;
  paid: { method: 'cash' | 'simpanan'; amount: number; paidAt: string } | null;
}

export interface ShuRunView {
  id: string;
  year: number;
  surplus: number;
  status: 'draft' | 'approved';
  createdAt: string;
  createdBy: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  inputs: ShuRunInputs;
  villageShare: number;
  nonMemberShare: number;
  pool: number;
  funds: ShuFundLine[];
  jasaUsahaUndistributed: number;
  jasaModalUndistributed: number;
  roundingToCadangan: number;
  cadanganTotal: number;
  totals: { purchaseBasis: number; savingsBasis: number; jasaUsaha: number; jasaModal: number; total: number; withheld: number; net: number; payout: number };
  members: (ShuMemberResult & { memberId: string })[];
}

/** The settings and sales figures a run used, saved with it. */
export interface ShuRunInputs {
  allocation: Record<(typeof FUND_KEYS)[number], string>;
  villageSharePct: string | null;
  savingsBasis: 'year_end' | 'average_month_end';
  savingsIncludeSukarela: boolean;
  nonMemberToCadangan: boolean;
  includeLeftMembers: boolean;
  payoutRoundTo: number;
  withholdingPct: string;
  memberSales: number;
  nonMemberSales: number;
}

const OFFICE: readonly ('supervisor' | 'manajer' | 'admin')[] = APPROVER_ROLES as readonly ('supervisor' | 'manajer' | 'admin')[];

export const membersApi = {
  'members.create': { input: MemberFields.extend({ payPokok: z.boolean().optional() }), roles: OFFICE, summary: 'Register a member (NIK sealed, shown masked); optionally take simpanan pokok at once.' },
  'members.update': { input: z.object({ memberId: Id, changes: MemberFields.partial() }), roles: OFFICE, summary: 'Edit a member; the change is audited (field names only, never the NIK).' },
  'members.leave': { input: z.object({ memberId: Id, leaveDate: IsoDate, reason: Text(200).min(1) }), roles: OFFICE, summary: 'A member leaves: status left from the leave date (audited).' },
  'members.get': { input: z.object({ memberId: Id }), roles: ALL_ROLES, summary: 'One member, NIK masked.' },
  'members.find': { input: z.object({ code: Text(60).min(1) }), roles: ALL_ROLES, summary: 'Exact lookup by card scan, member number or NIK (the cashier attaching a member to a sale).' },
  'members.search': { input: z.object({ query: Text(60), status: z.enum(['active', 'left', 'all']).optional(), limit: z.number().int().min(1).max(200).optional() }), roles: ALL_ROLES, summary: 'Members by name, member number or card code, active first.' },
  'members.import': { input: z.object({ format: z.enum(['csv', 'xlsx']), contentBase64: z.string().max(20_000_000), validRowsOnly: z.boolean().optional(), payPokok: z.boolean().optional() }), roles: OFFICE, summary: 'Import members from CSV/XLSX with a row-by-row report; nothing is imported when a row is bad unless validRowsOnly.' },
  'members.card': { input: z.object({ memberId: Id }), roles: ALL_ROLES, summary: 'The data printed on the member card (barcode = cardCode).' },
  'members.cardDocument': { input: z.object({ memberId: Id, width: z.union([z.literal(58), z.literal(80)]).default(58) }), roles: ALL_ROLES, summary: 'The member card as a print document (Code 128 barcode of the card code) for the receipt printer.' },
  'members.figure': { input: z.object({}), roles: ALL_ROLES, summary: 'Dashboard: active members against the KK of the kelurahan and the target %.' },
  'members.statement': { input: z.object({ memberId: Id, year: z.number().int().min(2000).max(2999) }), roles: ALL_ROLES, summary: 'A member\'s year: simpanan entries and balances, wajib arrears, purchases net of voids and returns.' },
  'simpanan.deposit': { input: z.object({ memberId: Id, kind: SimpananKind, amount: Rupiah.optional(), months: z.number().int().min(1).max(120).optional(), method: z.enum(['cash', 'transfer']).default('cash'), note: Text(200).optional() }), roles: OFFICE, summary: 'Simpanan pokok (once, amount from the AD/ART setting), wajib (months × setting) or sukarela; returns the entry with its receipt number.' },
  'simpanan.withdraw': { input: z.object({ memberId: Id, kind: SimpananKind, amount: Rupiah.refine((n) => n > 0, 'positive'), method: z.enum(['cash', 'transfer']).default('cash'), note: Text(200).optional() }), roles: OFFICE, summary: 'Withdraw sukarela (never below zero); pokok and wajib only for a member who left.' },
  'simpanan.summary': { input: z.object({ memberId: Id }), roles: ALL_ROLES, summary: 'Balances by kind and wajib arrears today.' },
  'shu.preview': { input: z.object({ year: z.number().int().min(2000).max(2999), surplus: Rupiah }), roles: OFFICE, summary: 'Compute the SHU of a year from the database without saving it.' },
  'shu.createRun': { input: z.object({ year: z.number().int().min(2000).max(2999), surplus: Rupiah }), roles: MANAGER_ROLES, summary: 'Compute and save a draft SHU run for review.' },
  'shu.getRun': { input: z.object({ runId: Id }), roles: OFFICE, summary: 'A saved SHU run with funds and the member table.' },
  'shu.listRuns': { input: z.object({ year: z.number().int().min(2000).max(2999).optional() }), roles: OFFICE, summary: 'SHU runs, newest first.' },
  'shu.approveRun': { input: z.object({ runId: Id }), roles: MANAGER_ROLES, summary: 'Approve and freeze a draft run (audited); one approved run per year.' },
  'shu.recordPayout': { input: z.object({ runId: Id, memberId: Id, method: z.enum(['cash', 'simpanan']) }), roles: MANAGER_ROLES, summary: 'Pay a member\'s SHU from an approved run, in cash or credited to simpanan sukarela (audited, once).' },
  'shu.export': { input: z.object({ runId: Id, format: z.enum(['csv', 'xlsx', 'pdf']) }), roles: OFFICE, summary: 'Daftar SHU per anggota for the RAT as base64 CSV/XLSX/PDF with the allocation table.' },
  'shu.previewExport': {
    input: z.object({ year: z.number().int().min(2000).max(2999), surplus: Rupiah, format: z.enum(['csv', 'xlsx', 'pdf']) }),
    output: z.object({ year: z.number().int(), members: z.number().int(), totals: z.object({ jasaUsaha: z.number().int(), jasaModal: z.number().int() }), file: FileDownload }),
    roles: OFFICE,
    summary: 'The daftar SHU of a year computed now, without saving a run (the CLI\'s shu without --save), with its counts.',
  },
  'shu.slip': { input: z.object({ runId: Id, memberId: Id }), roles: OFFICE, summary: 'The data of a member\'s SHU slip.' },
  'shu.slipDocument': { input: z.object({ runId: Id, memberId: Id, width: z.union([z.literal(58), z.literal(80)]).default(58) }), roles: OFFICE, summary: 'A member\'s SHU slip as a print document for the receipt printer.' },
} satisfies Record<string, MethodContract>;
