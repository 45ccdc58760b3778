import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import { CatalogItem, LpgKind, SubsidyProgram as Subsidy, TaxStatus } from './catalog';
import { IsoDate, Rupiah, type MethodContract } from './common';
import { Amount, CodeParams, Count, Milli as MilliOut } from './values';

const Id = z.string().min(1).max(64);
const Milli = z.number().int().min(0).max(1e9);

export const ProductCreateInput = z.object({
  sku: z
    .string()
    .trim()
    .regex(/^[\w.-]{1,40}$/, 'letters, digits, . _ -'),
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
  ceilings: z
    .array(
      z.object({ kind: z.enum(['HET', 'HAP']), amount: Rupiah.refine((n) => n > 0, 'positive'), validFrom: IsoDate, source: z.string().max(200).optional() }),
    )
    .max(10)
    .optional(),
});

/** A product as the office's catalog screen lists and edits it: inactive ones too, with stock. */
export const ProductAdminRow = CatalogItem.extend({ minStockMilli: MilliOut, active: z.boolean(), onHandMilli: MilliOut });
export type ProductAdminRow = z.infer<typeof ProductAdminRow>;

/** A product with its selling-price and ceiling history, newest first. */
export const ProductAdminDetail = z.strictObject({
  product: ProductAdminRow,
  prices: z.array(z.strictObject({ validFrom: z.string(), price: Amount, setBy: z.string().nullable() })),
  ceilings: z.array(z.strictObject({ validFrom: z.string(), kind: z.enum(['HET', 'HAP']), amount: Amount, source: z.string().nullable() })),
});
export type ProductAdminDetail = z.infer<typeof ProductAdminDetail>;

export const CategoryRow = z.strictObject({ code: z.string(), name: z.string(), taxStatus: TaxStatus, countsForShu: z.boolean() });
export type CategoryRow = z.infer<typeof CategoryRow>;

/** What a catalog import found, row by row; `refused` means nothing was written. */
export const CatalogImportReport = z.strictObject({
  rows: z.array(
    z.strictObject({
      /** The row number as the spreadsheet shows it (the header is row 1). */
      row: z.number().int().positive(),
      sku: z.string(),
      action: z.enum(['create', 'update']),
      errors: z.array(CodeParams.extend({ field: z.string() })),
    }),
  ),
  valid: Count,
  invalid: Count,
  imported: Count,
  /** True when rows were bad and validOnly was not asked: nothing was written. */
  refused: z.boolean(),
});
export type CatalogImportReport = z.infer<typeof CatalogImportReport>;

export const catalogAdminApi = {
  'catalogAdmin.list': {
    input: z.object({
      query: z.string().trim().max(60).optional(),
      limit: z.number().int().min(1).max(500).optional(),
      offset: z.number().int().min(0).optional(),
    }),
    output: z.array(ProductAdminRow),
    roles: MANAGER_ROLES,
    summary: 'Products (inactive too) with barcodes, price, HET/HAP in force and stock.',
  },
  'catalogAdmin.get': {
    input: z.object({ productId: Id }),
    output: ProductAdminDetail,
    roles: MANAGER_ROLES,
    summary: 'One product for editing, with its price and ceiling history.',
  },
  'catalogAdmin.create': {
    input: ProductCreateInput,
    output: ProductAdminRow,
    roles: MANAGER_ROLES,
    summary: 'Create a product (barcodes must be valid GTINs; a price above the HET is refused).',
  },
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
    output: ProductAdminRow,
    roles: MANAGER_ROLES,
    summary: 'Edit a product’s name, unit, category, tax/subsidy tags, pack size, minimum stock or active flag (audited).',
  },
  'catalogAdmin.addBarcode': {
    input: z.object({ productId: Id, barcode: z.string().trim().min(8).max(14) }),
    output: ProductAdminRow,
    roles: MANAGER_ROLES,
    summary: 'Add a barcode (EAN-13/8, UPC-A/E, GTIN-14 with a valid check digit).',
  },
  'catalogAdmin.removeBarcode': {
    input: z.object({ productId: Id, gtin: z.string().min(8).max(14) }),
    output: ProductAdminRow,
    roles: MANAGER_ROLES,
    summary: 'Remove a barcode from a product.',
  },
  'catalogAdmin.setPrice': {
    input: z.object({ productId: Id, amount: Rupiah, validFrom: IsoDate }),
    output: ProductAdminRow,
    roles: MANAGER_ROLES,
    summary: 'Selling price from a date; refused above the HET in force that day (audited).',
  },
  'catalogAdmin.setCeiling': {
    input: z.object({
      productId: Id,
      kind: z.enum(['HET', 'HAP']),
      amount: Rupiah.refine((n) => n > 0, 'positive'),
      validFrom: IsoDate,
      source: z.string().trim().max(200).nullish(),
    }),
    output: ProductAdminRow,
    roles: MANAGER_ROLES,
    summary: 'HET (hard) or HAP (soft) ceiling from a date, with its source; a HET below the price then in force is refused.',
  },
  'catalogAdmin.categories': { input: z.object({}), output: z.array(CategoryRow), roles: MANAGER_ROLES, summary: 'Categories with their tax status.' },
  'catalogAdmin.saveCategory': {
    input: z.object({
      code: z
        .string()
        .trim()
        .regex(/^[\w.-]{1,40}$/),
      name: z.string().trim().min(1).max(80),
      taxStatus: TaxStatus,
      countsForShu: z.boolean(),
    }),
    output: z.array(CategoryRow),
    roles: MANAGER_ROLES,
    summary: 'Create or edit a category and its tax status.',
  },
  'catalogAdmin.import': {
    input: z.object({ fileName: z.string().trim().min(1).max(200), base64: z.string().min(1).max(4_000_000), validOnly: z.boolean().default(false) }),
    output: CatalogImportReport,
    roles: MANAGER_ROLES,
    summary: 'Import a catalog from CSV or XLSX; returns a row-by-row report. Nothing is written when a row is bad unless validOnly.',
  },
} satisfies Record<string, MethodContract>;
