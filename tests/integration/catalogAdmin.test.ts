import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { addUser, errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { runCli } from '../../electron/host/cli/runCli';
import type { ImportReport } from '../../electron/services/catalog/catalogImport';

let h: TempHost;
let manajer: Caller;
const count = (table: string) => (h.core.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

beforeEach(async () => {
  h = openTempHost();
  addUser(h, 'budi', 'manajer', '222222');
  manajer = await h.as('budi', '222222');
});
afterEach(() => h.dispose());

const GOOD = [
  'kode;nama;satuan;dijual_per;kategori;status_pajak;program;isi;barcode;harga;berlaku_mulai;het',
  'SPHP5;Beras SPHP 5 kg;sak;buah;BERAS;bebas;SPHP;5;8991234567891;65.500;2026-11-01;65500',
  'GULA1;Gula pasir 1 kg;pcs;buah;SEMBAKO;kena_pajak;;;;17000;2026-11-01;',
];

describe('catalog import', () => {
  it('with bad rows: reports each row with its errors and writes nothing', async () => {
    const csv = [
      ...GOOD,
      'MKITA1;Minyakita 1 L;pcs;buah;SEMBAKO;;MINYAKITA;;8991234567890;16000;2026-11-01;15700', // bad check digit, price above HET
      'GULA1;Gula lagi;pcs;buah;;;;;;;;', // duplicate code
      ';Tanpa kode;pcs;liter;;;;;;abc;;', // no code, bad sold_by, bad price
    ].join('\r\n');
    const products = count('products');
    const report = await manajer<ImportReport>('catalogAdmin.import', { fileName: 'katalog.csv', base64: b64(csv) });
    expect(report).toMatchObject({ valid: 2, invalid: 3, imported: 0, refused: true });
    expect(report.rows.map((r) => [r.row, r.errors.map((e) => `${e.field}:${e.code}`)])).toEqual([
      [2, []],
      [3, []],
      [4, ['barcode:BARCODE_INVALID', 'harga:PRICE_ABOVE_HET']],
      [5, ['kode:IMPORT_DUPLICATE_SKU']],
      [6, ['kode:IMPORT_REQUIRED', 'dijual_per:IMPORT_VALUE_INVALID', 'harga:IMPORT_VALUE_INVALID']],
    ]);
    expect(report.rows[2]!.errors[1]!.params).toMatchObject({ row: 4, price: 16_000, het: 15_700 });
    expect(count('products')).toBe(products);
    expect(count('prices')).toBe(0);
    expect(count('categories')).toBe(0);
  });

  it('"import the valid rows" imports those and skips the bad ones; a re-import updates', async () => {
    const csv = [...GOOD, 'BAD;Rusak;pcs;xx;;;;;;;;'].join('\n');
    const report = await manajer<ImportReport>('catalogAdmin.import', { fileName: 'katalog.csv', base64: b64(csv), validOnly: true });
    expect(report).toMatchObject({ valid: 2, invalid: 1, imported: 2, refused: false });
    const [beras] = await manajer<
      { sku: string; price: number; het: number; packSizeMilli: number; barcodes: string[]; taxStatus: string; subsidyProgram: string }[]
    >('catalogAdmin.list', { query: 'SPHP' });
    expect(beras).toMatchObject({
      sku: 'SPHP5',
      price: 65_500,
      het: 65_500,
      packSizeMilli: 5_000,
      barcodes: ['08991234567891'],
      taxStatus: 'EXEMPT',
      subsidyProgram: 'SPHP',
    });
    const again = await manajer<ImportReport>('catalogAdmin.import', {
      fileName: 'harga.csv',
      base64: b64('kode,harga,berlaku_mulai\nGULA1,17500,2026-11-10\n'),
    });
    expect(again.rows).toEqual([{ row: 2, sku: 'GULA1', action: 'update', errors: [] }]);
    // A price above the stored HET is refused on update too.
    const above = await manajer<ImportReport>('catalogAdmin.import', { fileName: 'harga.csv', base64: b64('kode;harga\nSPHP5;70000\n') });
    expect(above.refused).toBe(true);
  });

  it('reads XLSX, and the CLI prints the report and exits non-zero when refused', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Katalog');
    ws.addRow(['kode', 'nama', 'satuan', 'dijual_per', 'harga']);
    ws.addRow(['TELUR', 'Telur ayam', 'kg', 'berat', 28_500]);
    ws.addRow(['X', 'Tanpa satuan', '', 'buah', 1000]);
    const file = join(h.dir, 'katalog.xlsx');
    await wb.xlsx.writeFile(file);
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    expect(await runCli(['import', 'catalog', '--db', h.dbFile, '--file', file], io)).toBe(1);
    expect(lines.join('\n')).toContain('baris 3 (X) satuan: Kolom satuan wajib diisi');
    expect(count('products')).toBe(0);
    expect(await runCli(['import', 'catalog', '--db', h.dbFile, '--file', file, '--valid-only'], io)).toBe(0);
    expect(h.core.db.prepare("SELECT sold_by FROM products WHERE sku = 'TELUR'").get()).toEqual({ sold_by: 'weight' });
    writeFileSync(join(h.dir, 'x.txt'), 'a');
    expect(await runCli(['import', 'catalog', '--db', h.dbFile, '--file', join(h.dir, 'x.txt')], io)).toBe(1);
  });
});

describe('products and prices', () => {
  it('refuses a price above HET, an invalid barcode, and a HET below the current price', async () => {
    const p = await manajer<{ productId: string }>('catalogAdmin.create', {
      sku: 'MKITA1',
      name: 'Minyakita 1 L',
      unit: 'pcs',
      soldBy: 'piece',
      subsidyProgram: 'MINYAKITA',
      ceilings: [{ kind: 'HET', amount: 15_700, validFrom: '2026-01-01', source: 'Permendag' }],
      price: { amount: 15_700, validFrom: '2026-01-01' },
    });
    expect((await errorOf(manajer('catalogAdmin.setPrice', { productId: p.productId, amount: 16_000, validFrom: '2026-11-21' }))).code).toBe('PRICE_ABOVE_HET');
    expect(await errorOf(manajer('catalogAdmin.addBarcode', { productId: p.productId, barcode: '8991234567890' }))).toEqual({
      code: 'BARCODE_INVALID',
      params: { barcode: '8991234567890' },
    });
    const withCode = await manajer<{ barcodes: string[] }>('catalogAdmin.addBarcode', { productId: p.productId, barcode: '8991234567891' });
    expect(withCode.barcodes).toEqual(['08991234567891']);
    expect((await errorOf(manajer('catalogAdmin.setCeiling', { productId: p.productId, kind: 'HET', amount: 15_000, validFrom: '2026-12-01' }))).code).toBe(
      'HET_BELOW_PRICE',
    );
    await manajer('catalogAdmin.setPrice', { productId: p.productId, amount: 15_000, validFrom: '2026-12-01' });
    const after = await manajer<{ product: { price: number }; prices: unknown[]; ceilings: unknown[] }>('catalogAdmin.setCeiling', {
      productId: p.productId,
      kind: 'HET',
      amount: 15_000,
      validFrom: '2026-12-01',
    }).then(() => manajer<{ product: { price: number }; prices: unknown[]; ceilings: unknown[] }>('catalogAdmin.get', { productId: p.productId }));
    expect(after.prices).toHaveLength(2);
    expect(after.ceilings).toHaveLength(2);
    const audits = h.core.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'price.%' ORDER BY id").pluck().all();
    expect(audits).toEqual(['price.set', 'price.set', 'price.ceiling_set']);
  });
});
