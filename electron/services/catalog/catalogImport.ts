// Catalog import from CSV (';' or ',' separated, UTF-8 with or without BOM) or XLSX (first
// sheet). Every row is validated first and reported with its own errors; nothing is written when
// any row is bad, unless the manager asks to import the valid rows only. Then all rows go in one
// transaction: an existing SKU is updated, a new one created.
import { loadExcelJs } from '../exports/heavyLibs';
import { parse } from 'csv-parse/sync';
import type { ErrorParams } from '../../../shared/errors';
import { AppError, isAppError } from '../../../shared/errors';
import { Dec, parseRupiah } from '../../../shared/money';
import { DATE_RE } from '../../../shared/time';
import { toGtin14 } from '../../../shared/barcode';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { createProduct, ensureCategory, setPrice } from './catalog';
import { appendCeiling, ceilingOn } from './prices';
import { outletToday } from '../settings/settings';

/** Column names: Indonesian first, the English alias second (header match ignores case). */
const COLUMNS = {
  sku: ['kode', 'sku'],
  name: ['nama', 'name'],
  unit: ['satuan', 'unit'],
  soldBy: ['dijual_per', 'sold_by'],
  category: ['kategori', 'category'],
  taxStatus: ['status_pajak', 'tax_status'],
  subsidyProgram: ['program', 'subsidy_program'],
  lpgKind: ['jenis_lpg', 'lpg_kind'],
  packSize: ['isi', 'pack_size'],
  minStock: ['stok_minimum', 'min_stock'],
  barcodes: ['barcode', 'barcodes'],
  price: ['harga', 'price'],
  priceFrom: ['berlaku_mulai', 'price_from'],
  het: ['het'],
  hap: ['hap'],
} as const;
type Field = keyof typeof COLUMNS;

export interface ImportIssue {
  field: string;
  code: string;
  params: ErrorParams;
}

export interface ImportRowReport {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  sku: string;
  action: 'create' | 'update';
  errors: ImportIssue[];
}

export interface ImportReport {
  rows: ImportRowReport[];
  valid: number;
  invalid: number;
  imported: number;
  /** True when rows were bad and validOnly was not asked: nothing was written. */
  refused: boolean;
}

interface CleanRow {
  row: number;
  sku: string;
  name: string | null;
  unit: string | null;
  soldBy: 'piece' | 'weight' | null;
  category: string | null;
  taxStatus: 'TAXABLE' | 'EXEMPT' | 'SPECIAL' | null;
  subsidyProgram: 'LPG3' | 'SPHP' | 'MINYAKITA' | 'NONE' | null;
  lpgKind: 'refill' | 'full_new' | 'empty' | null;
  packSizeMilli: number | null;
  minStockMilli: number | null;
  barcodes: string[];
  price: number | null;
  priceFrom: string;
  het: number | null;
  hap: number | null;
}

export async function readCatalogFile(fileName: string, bytes: Buffer): Promise<Record<string, string>[]> {
  if (/\.xlsx$/i.test(fileName)) {
    const wb = new (await loadExcelJs()).Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    if (!ws) return [];
    const header: string[] = [];
    const out: Record<string, string>[] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells = (row.values as unknown[]).slice(1).map(cellText);
      if (n === 1) header.push(...cells.map((c) => c.toLowerCase()));
      else out.push(Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])));
    });
    return out;
  }
  if (!/\.csv$/i.test(fileName)) throw new AppError('IMPORT_FILE_TYPE', { fileName: fileName.slice(-40) });
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  return parse(text, {
    delimiter,
    columns: (h: string[]) => h.map((x) => x.trim().toLowerCase()),
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
  }) as Record<string, string>[];
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'text' in (v as object)) return String((v as { text: unknown }).text).trim();
  if (typeof v === 'object' && 'result' in (v as object)) return String((v as { result: unknown }).result).trim();
  return String(v).trim();
}

export async function importCatalog(core: Core, input: { fileName: string; bytes: Buffer; validOnly: boolean }, userId: string | null): Promise<ImportReport> {
  const raw = await readCatalogFile(input.fileName, input.bytes);
  if (raw.length === 0) throw new AppError('IMPORT_EMPTY');
  const missing = (['sku'] as Field[]).filter((f) => !COLUMNS[f].some((c) => c in raw[0]!));
  if (missing.length) throw new AppError('IMPORT_COLUMN_MISSING', { column: COLUMNS.sku[0] });
  try {
    return inTransaction(core, () => writeRows(core, raw, input, userId));
  } catch (e) {
    if (e instanceof RolledBack) return e.report;
    throw e;
  }
}

/** Carries the report out of a transaction that had to be rolled back. */
class RolledBack extends Error {
  constructor(readonly report: ImportReport) {
    super('rolled back');
  }
}

function writeRows(core: Core, raw: Record<string, string>[], input: { fileName: string; validOnly: boolean }, userId: string | null): ImportReport {
  {
    const seen = { skus: new Set<string>(), categories: new Set<string>() };
    const checked = raw.map((r, i) => checkRow(core, r, i + 2, seen));
    const rows: ImportRowReport[] = checked.map((c) => c.report);
    const valid = checked.filter((c) => c.report.errors.length === 0);
    const report: ImportReport = { rows, valid: valid.length, invalid: rows.length - valid.length, imported: 0, refused: false };
    if (report.invalid > 0 && !input.validOnly) return { ...report, refused: true };
    for (const c of valid) {
      try {
        apply(core, c.clean!, userId);
        report.imported++;
      } catch (e) {
        // A rule found only at write time (e.g. HET against an older price) still reports per row.
        if (!isAppError(e)) throw e;
        c.report.errors.push({ field: '', code: e.code, params: e.params });
        report.invalid++;
        report.valid--;
      }
    }
    if (report.invalid > 0 && !input.validOnly) throw new RolledBack({ ...report, imported: 0, refused: true });
    audit(core, { userId, action: 'catalog.import', details: { file: input.fileName.slice(-60), imported: report.imported, skipped: report.invalid } });
    return report;
  }
}

function get(r: Record<string, string>, f: Field): string {
  for (const c of COLUMNS[f]) if (r[c] !== undefined && r[c] !== '') return r[c]!.trim();
  return '';
}

function checkRow(
  core: Core,
  r: Record<string, string>,
  row: number,
  seen: { skus: Set<string>; categories: Set<string> },
): { report: ImportRowReport; clean: CleanRow | null } {
  const errors: ImportIssue[] = [];
  const bad = (field: Field, code: string, params: ErrorParams = {}) => errors.push({ field: COLUMNS[field][0], code, params: { row, ...params } });
  const sku = get(r, 'sku');
  const existing = sku ? (core.db.prepare('SELECT id FROM products WHERE sku = ?').pluck().get(sku) as string | undefined) : undefined;
  const action = existing ? 'update' : 'create';
  if (!sku) bad('sku', 'IMPORT_REQUIRED', { column: 'kode' });
  else if (!/^[\w.-]{1,40}$/.test(sku)) bad('sku', 'IMPORT_VALUE_INVALID', { column: 'kode', value: sku.slice(0, 40) });
  else if (seen.skus.has(sku)) bad('sku', 'IMPORT_DUPLICATE_SKU', { sku });
  seen.skus.add(sku);
  for (const f of ['name', 'unit', 'soldBy'] as Field[]) if (!existing && !get(r, f)) bad(f, 'IMPORT_REQUIRED', { column: COLUMNS[f][0] });

  const choice = <T extends string>(f: Field, map: Record<string, T>): T | null => {
    const v = get(r, f).toLowerCase();
    if (!v) return null;
    const hit = map[v];
    if (!hit) bad(f, 'IMPORT_VALUE_INVALID', { column: COLUMNS[f][0], value: v.slice(0, 30) });
    return hit ?? null;
  };
  const soldBy = choice(`soldBy`, { buah: 'piece', piece: 'piece', pcs: 'piece', berat: 'weight', weight: 'weight', kg: 'weight' });
  const taxStatus = choice('taxStatus', {
    taxable: 'TAXABLE',
    kena_pajak: 'TAXABLE',
    exempt: 'EXEMPT',
    bebas: 'EXEMPT',
    special: 'SPECIAL',
    khusus: 'SPECIAL',
  });
  const subsidyProgram = choice('subsidyProgram', { lpg3: 'LPG3', sphp: 'SPHP', minyakita: 'MINYAKITA', none: 'NONE', '-': 'NONE' });
  const lpgKind = choice('lpgKind', { refill: 'refill', isi_ulang: 'refill', full_new: 'full_new', baru: 'full_new', empty: 'empty', kosong: 'empty' });

  const qty = (f: Field): number | null => {
    const v = get(r, f);
    if (!v) return null;
    if (!/^\d{1,9}([.,]\d{1,3})?$/.test(v)) {
      bad(f, 'IMPORT_VALUE_INVALID', { column: COLUMNS[f][0], value: v.slice(0, 30) });
      return null;
    }
    return new Dec(v.replace(',', '.')).mul(1000).toNumber();
  };
  const money = (f: Field): number | null => {
    const v = get(r, f);
    if (!v) return null;
    const n = parseRupiah(v);
    if (n === null) bad(f, 'IMPORT_VALUE_INVALID', { column: COLUMNS[f][0], value: v.slice(0, 30) });
    return n;
  };
  const packSizeMilli = qty('packSize');
  const minStockMilli = qty('minStock');
  const price = money('price');
  const het = money('het');
  const hap = money('hap');
  const priceFrom = get(r, 'priceFrom') || outletToday(core);
  if (!DATE_RE.test(priceFrom)) bad('priceFrom', 'IMPORT_VALUE_INVALID', { column: 'berlaku_mulai', value: priceFrom.slice(0, 30) });

  const barcodes: string[] = [];
  for (const code of get(r, 'barcodes')
    .split(/[\s|/]+/)
    .filter(Boolean)) {
    const gtin = toGtin14(code);
    if (!gtin) {
      bad('barcodes', 'BARCODE_INVALID', { barcode: code.slice(0, 20) });
      continue;
    }
    const owner = core.db.prepare('SELECT p.sku FROM product_barcodes b JOIN products p ON p.id = b.product_id WHERE b.gtin = ?').pluck().get(gtin) as
      string | undefined;
    if (owner && owner !== sku) bad('barcodes', 'BARCODE_TAKEN', { barcode: gtin, sku: owner });
    barcodes.push(gtin);
  }
  const category = get(r, 'category') || null;
  // A new category needs its tax status once: on this row, an earlier row, or already stored.
  if (category && taxStatus) seen.categories.add(category);
  else if (category && !seen.categories.has(category) && !core.db.prepare('SELECT 1 FROM categories WHERE code = ?').get(category))
    bad('category', 'CATEGORY_UNKNOWN', { code: category });

  // The HET that will be in force when the price starts: the file's own, else the stored one.
  const hetInForce = het ?? (existing ? (ceilingOn(core, existing, priceFrom)?.amount ?? null) : null);
  if (price !== null && hetInForce !== null && price > hetInForce)
    bad('price', 'PRICE_ABOVE_HET', { sku, name: get(r, 'name') || sku, price, het: hetInForce });

  const clean: CleanRow = {
    row,
    sku,
    name: get(r, 'name') || null,
    unit: get(r, 'unit') || null,
    soldBy,
    category,
    taxStatus,
    subsidyProgram,
    lpgKind,
    packSizeMilli,
    minStockMilli,
    barcodes,
    price,
    priceFrom,
    het,
    hap,
  };
  return { report: { row, sku, action, errors }, clean: errors.length ? null : clean };
}

function apply(core: Core, c: CleanRow, userId: string | null): void {
  if (c.category) ensureCategory(core, c.category, c.category, c.taxStatus ?? 'TAXABLE');
  const ceilings = [
    ...(c.het !== null ? [{ kind: 'HET' as const, amount: c.het, validFrom: c.priceFrom, source: 'import' }] : []),
    ...(c.hap !== null ? [{ kind: 'HAP' as const, amount: c.hap, validFrom: c.priceFrom, source: 'import' }] : []),
  ];
  const id = core.db.prepare('SELECT id FROM products WHERE sku = ?').pluck().get(c.sku) as string | undefined;
  if (!id) {
    createProduct(
      core,
      {
        sku: c.sku,
        name: c.name!,
        unit: c.unit!,
        soldBy: c.soldBy!,
        categoryCode: c.category,
        subsidyProgram: c.subsidyProgram ?? 'NONE',
        lpgKind: c.lpgKind,
        packSizeMilli: c.packSizeMilli,
        minStockMilli: c.minStockMilli ?? 0,
        barcodes: c.barcodes,
        ceilings,
        price: c.price !== null ? { amount: c.price, validFrom: c.priceFrom } : null,
      },
      userId,
    );
    return;
  }
  const sets: [string, unknown][] = [];
  if (c.name) sets.push(['name', c.name]);
  if (c.unit) sets.push(['unit', c.unit]);
  if (c.soldBy) sets.push(['sold_by', c.soldBy]);
  if (c.category) sets.push(['category_id', core.db.prepare('SELECT id FROM categories WHERE code = ?').pluck().get(c.category)]);
  if (c.subsidyProgram) sets.push(['subsidy_program', c.subsidyProgram]);
  if (c.lpgKind) sets.push(['lpg_kind', c.lpgKind]);
  if (c.packSizeMilli !== null) sets.push(['pack_size_milli', c.packSizeMilli]);
  if (c.minStockMilli !== null) sets.push(['min_stock_milli', c.minStockMilli]);
  if (sets.length) core.db.prepare(`UPDATE products SET ${sets.map(([k]) => `${k} = ?`).join(', ')} WHERE id = ?`).run(...sets.map(([, v]) => v), id);
  for (const g of c.barcodes) core.db.prepare('INSERT OR IGNORE INTO product_barcodes (gtin, product_id) VALUES (?, ?)').run(g, id);
  for (const ce of ceilings) appendCeiling(core, id, ce);
  if (c.price !== null) setPrice(core, id, c.price, c.priceFrom, userId);
}
