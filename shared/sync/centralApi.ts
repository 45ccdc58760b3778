// The pusat's API contract: one input and one output schema per method and who may call it. A
// dinas account sees its kota, a pendamping only the koperasi assigned to it; 'outlet' methods
// carry no session but a signature of an enrolled outlet, checked by the service.
import { z } from 'zod';
import { IsoDate, IsoMonth, Rupiah } from '../api/common';
import { SignedBatch, OutletRequest } from './batch';
import { RegionalValue } from './regional';

export const CENTRAL_ROLES = ['dinas', 'pendamping'] as const;
export type CentralRole = (typeof CENTRAL_ROLES)[number];

export interface CentralContract<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  roles: readonly CentralRole[] | 'public' | 'outlet';
  summary: string;
}

const contract = <I extends z.ZodType, O extends z.ZodType>(c: CentralContract<I, O>): CentralContract<I, O> => c;

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lowercase letters, digits and dashes');
const Username = z.string().regex(/^[a-z0-9._-]{3,40}$/, 'username');
const Password = z.string().min(10).max(200);
const Kota = z.string().min(2).max(80);
/** A percentage as a decimal string ("10", "12.5"): never a float. */
const Percent = z.string().regex(/^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/, 'percent 0-100, two decimals at most');

/** The Bulog programmes the dinas allocates per koperasi (LPG's allocation is the outlet's own setting). */
const BulogProgram = z.enum(['SPHP', 'MINYAKITA']);

export const SyncStatus = z.enum(['applied', 'duplicate', 'held']);

export const centralApi = {
  'auth.login': contract({
    input: z.object({ username: Username, password: z.string().min(1).max(200) }),
    output: z.object({ token: z.string(), role: z.enum(CENTRAL_ROLES), kota: Kota, username: Username }),
    roles: 'public',
    summary: 'Sign in to the pusat; returns a session token.',
  }),
  'koperasi.create': contract({
    input: z.object({
      id: Id,
      name: z.string().min(2).max(120),
      kelurahan: z.string().min(2).max(80),
      households: z.number().int().min(0).max(1e7).nullable().default(null),
    }),
    output: z.object({ id: Id, kota: Kota }),
    roles: ['dinas'],
    summary: 'Register a koperasi of the dinas’s own kota.',
  }),
  'accounts.createPendamping': contract({
    input: z.object({ username: Username, password: Password, koperasiIds: z.array(Id).max(50) }),
    output: z.object({ username: Username, koperasiIds: z.array(Id) }),
    roles: ['dinas'],
    summary: 'Create a pendamping account assigned to koperasi of the kota.',
  }),
  'enrolment.createCode': contract({
    input: z.object({ koperasiId: Id, outletName: z.string().min(2).max(120), validHours: z.number().int().min(1).max(720).default(72) }),
    output: z.object({ code: z.string(), expiresAt: z.string() }),
    roles: ['dinas'],
    summary: 'A one-time enrolment code for one gerai of a koperasi.',
  }),
  'outlet.enrol': contract({
    input: z.object({ code: z.string().min(8).max(64), publicKey: z.string().min(40).max(200) }),
    output: z.object({ outletId: z.string(), koperasiId: Id, kota: Kota, outletName: z.string() }),
    roles: 'public',
    summary: 'A gerai enrols with its one-time code and registers its Ed25519 public key.',
  }),
  'sync.push': contract({
    input: SignedBatch,
    output: z.object({
      status: SyncStatus,
      ackedSeq: z.number().int().min(0),
      gap: z.object({ fromSeq: z.number().int(), toSeq: z.number().int() }).nullable(),
    }),
    roles: 'outlet',
    summary: 'A signed batch of outbox facts; idempotent, held when it comes before a gap.',
  }),
  'regional.pull': contract({
    input: z.object({ request: OutletRequest, signature: z.string().max(200).optional() }),
    output: z.object({ kota: Kota, values: z.array(RegionalValue) }),
    roles: 'outlet',
    summary: 'The regional values of the outlet’s kota, with their effective dates.',
  }),
  'regional.set': contract({
    input: RegionalValue,
    output: z.object({ kota: Kota }),
    roles: ['dinas'],
    summary: 'Set a regional value (HET, LPG price, rule profile) for the kota from a date.',
  }),
  'regional.list': contract({
    input: z.object({}),
    output: z.object({ kota: Kota, values: z.array(RegionalValue) }),
    roles: ['dinas', 'pendamping'],
    summary: 'The regional values of the kota.',
  }),
  'dash.outlets': contract({
    input: z.object({}),
    output: z.array(
      z.object({
        outletId: z.string(),
        outletName: z.string(),
        koperasiId: Id,
        koperasiName: z.string(),
        ackedSeq: z.number().int(),
        heldBatches: z.number().int(),
        lastSyncAt: z.string().nullable(),
        lastFactAt: z.string().nullable(),
        lagSeconds: z.number().nullable(),
        /** The outlet's keyed journal head as its last batch stated it (entries written so far). */
        journalSeq: z.number().int().nullable(),
        journalAt: z.string().nullable(),
      }),
    ),
    roles: ['dinas', 'pendamping'],
    summary: 'Every outlet the caller may see: last sync, lag, batches held behind a gap.',
  }),
  'dash.salesByDay': contract({
    input: z.object({ from: IsoDate, to: IsoDate }),
    output: z.array(z.object({ koperasiId: Id, date: IsoDate, sales: z.number().int(), total: Rupiah, margin: z.number().int() })),
    roles: ['dinas', 'pendamping'],
    summary: 'Completed sales per koperasi per business day: count, total and margin (rupiah).',
  }),
  'dash.lpg': contract({
    input: z.object({ from: IsoDate, to: IsoDate }),
    output: z.array(z.object({ koperasiId: Id, tabung: z.number().int(), mapPending: z.number().int(), mapRejected: z.number().int() })),
    roles: ['dinas', 'pendamping'],
    summary: 'LPG 3 kg tabung sold per koperasi, with the MAP entries still pending or rejected.',
  }),
  'dash.stock': contract({
    input: z.object({ month: IsoMonth }),
    output: z.array(
      z.object({
        koperasiId: Id,
        outletId: z.string(),
        outletName: z.string(),
        productId: z.string(),
        sku: z.string(),
        name: z.string(),
        unit: z.string(),
        subsidyProgram: z.string(),
        onHandMilli: z.number().int(),
        minMilli: z.number().int(),
        /** Good stock received by posted deliveries in the month. */
        receivedMilli: z.number().int(),
        belowMinimum: z.boolean(),
      }),
    ),
    roles: ['dinas', 'pendamping'],
    summary: 'Products with a minimum or a subsidy programme per outlet: on hand against the minimum, received in the month.',
  }),
  'dash.lpgAllocation': contract({
    input: z.object({ month: IsoMonth }),
    output: z.array(
      z.object({
        koperasiId: Id,
        /** Tabung a month, the sum of the outlets' own allocation settings; null when none was sent. */
        allocation: z.number().int().nullable(),
        received: z.number().int(),
        sold: z.number().int(),
        mapPending: z.number().int(),
        mapRejected: z.number().int(),
      }),
    ),
    roles: ['dinas', 'pendamping'],
    summary: 'LPG 3 kg per koperasi for a month: allocation, tabung received and sold, MAP pending and rejected.',
  }),
  'dash.refusals': contract({
    input: z.object({ from: IsoDate, to: IsoDate }),
    output: z.array(z.object({ koperasiId: Id, ruleCode: z.string(), refusals: z.number().int(), buyers: z.number().int() })),
    roles: ['dinas', 'pendamping'],
    summary: 'Sales refused at the counter per koperasi and rule (LPG quota, HET, ...), with how many buyers.',
  }),
  'dash.members': contract({
    input: z.object({ date: IsoDate }),
    output: z.array(
      z.object({
        koperasiId: Id,
        koperasiName: z.string(),
        kelurahan: z.string(),
        members: z.number().int(),
        households: z.number().int().nullable(),
        targetPct: Percent.nullable(),
        target: z.number().int().nullable(),
      }),
    ),
    roles: ['dinas', 'pendamping'],
    summary: 'Active members per koperasi on a date against the target share of its kelurahan’s households.',
  }),
  'dash.books': contract({
    input: z.object({ from: IsoMonth, to: IsoMonth }),
    output: z.array(
      z.object({
        koperasiId: Id,
        month: IsoMonth,
        revenue: z.number().int(),
        grossMargin: z.number().int(),
        kasBank: z.number().int(),
        equity: z.number().int(),
      }),
    ),
    roles: ['dinas', 'pendamping'],
    summary: 'The books’ headline per koperasi and month: revenue, gross margin, kas and bank, equity (rupiah, from the journal).',
  }),
  'households.set': contract({
    input: z.object({ kelurahan: z.string().min(2).max(80), households: z.number().int().min(1).max(1e7), targetPct: Percent, validFrom: IsoDate }),
    output: z.object({ kota: Kota }),
    roles: ['dinas'],
    summary: 'Households of a kelurahan of the kota and the share of them the koperasi aims to have as members, from a date.',
  }),
  'households.list': contract({
    input: z.object({}),
    output: z.array(z.object({ kelurahan: z.string(), validFrom: IsoDate, households: z.number().int(), targetPct: Percent })),
    roles: ['dinas', 'pendamping'],
    summary: 'The households and member targets the dinas entered, per kelurahan and date.',
  }),
  'allocations.set': contract({
    input: z.object({
      koperasiId: Id,
      sku: z.string().min(1).max(60),
      program: BulogProgram,
      month: IsoMonth,
      /** Milli-units of the product's unit (a sak, a pcs), as the outlets count stock. */
      qtyMilli: z.number().int().min(0).max(1e12),
    }),
    output: z.object({ koperasiId: Id, month: IsoMonth }),
    roles: ['dinas'],
    summary: 'The Bulog allocation (beras SPHP, Minyakita) of a koperasi for a product and month; every change is kept with who made it.',
  }),
  'allocations.list': contract({
    input: z.object({ month: IsoMonth }),
    output: z.array(
      z.object({
        koperasiId: Id,
        sku: z.string(),
        program: BulogProgram,
        month: IsoMonth,
        qtyMilli: z.number().int(),
        setBy: z.string(),
        setAt: z.string(),
      }),
    ),
    roles: ['dinas', 'pendamping'],
    summary: 'The Bulog allocations of a month for the koperasi the caller may see, with who set each last.',
  }),
  'dash.bulogAllocation': contract({
    input: z.object({ month: IsoMonth }),
    output: z.array(
      z.object({
        koperasiId: Id,
        sku: z.string(),
        program: BulogProgram,
        name: z.string(),
        unit: z.string(),
        /** Null when the dinas set no allocation for this koperasi, product and month. */
        allocationMilli: z.number().int().nullable(),
        /** Good stock received by posted deliveries in the month, all gerai of the koperasi. */
        receivedMilli: z.number().int(),
        soldMilli: z.number().int(),
        toComeMilli: z.number().int().nullable(),
      }),
    ),
    roles: ['dinas', 'pendamping'],
    summary: 'Bulog goods per koperasi and product for a month: allocation, received, sold, and what of the allocation is still to come.',
  }),
  'report.satgas': contract({
    input: z.object({ month: IsoMonth, format: z.enum(['xlsx', 'pdf']) }),
    output: z.object({ filename: z.string(), mime: z.string(), base64: z.string() }),
    roles: ['dinas', 'pendamping'],
    summary: 'The kota report for the Satgas for a month, as XLSX or PDF, over the koperasi the caller may see.',
  }),
  'sync.events': contract({
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }),
    output: z.array(
      z.object({ at: z.string(), outletId: z.string(), kind: z.string(), fromSeq: z.number().int(), toSeq: z.number().int(), reason: z.string() }),
    ),
    roles: ['dinas'],
    summary: 'Recent gaps and refused batches of the kota’s outlets, naming outlet and seq.',
  }),
} as const;

export type CentralApi = typeof centralApi;
export type CentralMethod = keyof CentralApi;
