import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import { IsoDate, Rupiah, type MethodContract } from './common';

const Id = z.string().min(1).max(64);
const TaxStatus = z.enum(['TAXABLE', 'EXEMPT', 'SPECIAL']);
const Subsidy = z.enum(['LPG3', 'SPHP', 'MINYAKITA', 'NONE']);
const LpgKind = z.enum(['refill', 'full_new', 'empty']);
const Milli = z.number().int().min(0).max(1e9);

export const ProductCreateInput = z.object({
  sku: z.string().trim().regex(/^[\w.-]{1,40}$/, 'letters, digits, . _ -'),
  name: z.string().trim().min(1).max(120),
  unit: z.string().trim().min(1).max(20),
  soldBy: z.enum(['piece', 'weight']),
  categoryCode: z.string().trim().min(1).max(40).nullish(),
  subsidyProgram: Subsidy.optional(),
  lpgKind: LpgKind.nullish(),
  packSizeMilli: Milli.nullish(),
  minStockMilli: Milli.optional(),
  barcodes: z.array(z.string().trim().min(8).max(14)).max(20).optional(),
  price: z.object({ amount: Rupiah, validFrom: IsoDate }).nullish(),
  ceilings: z.array(z.object({ kind: z.enum(['HET', 'HAP']), amount: Rupiah.refine((n) => n > 0, 'positive'), validFrom: IsoDate, source: z.string().max(200).optional() })).max(10).optional(),
});

export const catalogAdminApi = {
  'catalogAdmin.list': { input: z.object({ query: z.string().trim().max(60).optional(), limit: z.number().int().min(1).max(500).optional(), offset: z.number().int().min(0).optional() }), roles: MANAGER_ROLES, summary: 'Products (inactive too) with barcodes, price, HET/HAP in force and stock.' },
  'catalogAdmin.get': { input: z.object({ productId: Id }), roles: MANAGER_ROLES, summary: 'One product for editing, with its price and ceiling history.' },
  'catalogAdmin.create': { input: ProductCreateInput, roles: MANAGER_ROLES, summary: 'Create a product (barcodes must be valid GTINs; a price above the HET is refused).' },
  'catalogAdmin.update': {
    input: z.object({
      productId: Id,
      name: z.string().trim().min(1).max(120).optional(),
      unit: z.string().trim().min(1).max(20).optional(),
      soldBy: z.enum(['piece', 'weight']).optional(),
      categoryCode: z.string().trim().min(1).max(40).nullish(),
      subsidyProgram: Subsidy.optional(),
      lpgKind: LpgKind.nullish(),
      packSizeMilli: Milli.nullish(),
      minStockMilli: Milli.optional(),
      active: z.boolean().optional(),
    }),
    roles: MANAGER_ROLES,
    summary: 'Edit a product’s name, unit, category, tax/subsidy tags, pack size, minimum stock or active flag (audited).',
  },
  'catalogAdmin.addBarcode': { input: z.object({ productId: Id, barcode: z.string().trim().min(8).max(14) }), roles: MANAGER_ROLES, summary: 'Add a barcode (EAN-13/8, UPC-A/E, GTIN-14 with a valid check digit).' },
  'catalogAdmin.removeBarcode': { input: z.object({ productId: Id, gtin: z.string().min(8).max(14) }), roles: MANAGER_ROLES, summary: 'Remove a barcode from a product.' },
  'catalogAdmin.setPrice': { input: z.object({ productId: Id, amount: Rupiah, validFrom: IsoDate }), roles: MANAGER_ROLES, summary: 'Selling price from a date; refused above the HET in force that day (audited).' },
  'catalogAdmin.setCeiling': { input: z.object({ productId: Id, kind: z.enum(['HET', 'HAP']), amount: Rupiah.refine((n) => n > 0, 'positive'), validFrom: IsoDate, source: z.string().trim().max(200).nullish() }), roles: MANAGER_ROLES, summary: 'HET (hard) or HAP (soft) ceiling from a date, with its source; a HET below the price then in force is refused.' },
  'catalogAdmin.categories': { input: z.object({}), roles: MANAGER_ROLES, summary: 'Categories with their tax status.' },
  'catalogAdmin.saveCategory': { input: z.object({ code: z.string().trim().regex(/^[\w.-]{1,40}$/), name: z.string().trim().min(1).max(80), taxStatus: TaxStatus, countsForShu: z.boolean() }), roles: MANAGER_ROLES, summary: 'Create or edit a category and its tax status.' },
  'catalogAdmin.import': {
    input: z.object({ fileName: z.string().trim().min(1).max(200), base64: z.string().min(1).max(4_000_000), validOnly: z.boolean().default(false) }),
    roles: MANAGER_ROLES,
    summary: 'Import a catalog from CSV or XLSX; returns a row-by-row report. Nothing is written when a row is bad unless validOnly.',
  },
} satisfies Record<string, MethodContract>;
