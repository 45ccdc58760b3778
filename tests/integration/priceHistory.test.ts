import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addUser, openTempHost, type Caller, type TempHost } from '../support/tempHost';

// Issue 15 item 15: a second price or ceiling for the same date supersedes the first; both rows stay.
let h: TempHost;
let manajer: Caller;
let kasir: Caller;

beforeEach(async () => {
  h = openTempHost();
  addUser(h, 'budi', 'manajer', '222222');
  addUser(h, 'sari', 'kasir', '111111');
  manajer = await h.as('budi', '222222');
  kasir = await h.as('sari', '111111');
});
afterEach(() => h.dispose());

const history = (table: string, productId: string) =>
  h.core.db.prepare(`SELECT * FROM ${table} WHERE product_id = ? ORDER BY id`).all(productId) as Record<string, unknown>[];

describe('price history is append-only', () => {
  it('a new price and a new HET for a date that has one keep the old rows, and the counter sells at the new ones', async () => {
    const p = await manajer<{ productId: string }>('catalogAdmin.create', {
      sku: 'MKITA1',
      name: 'Minyakita 1 L',
      unit: 'pcs',
      soldBy: 'piece',
      subsidyProgram: 'MINYAKITA',
      barcodes: ['8991234567891'],
      ceilings: [{ kind: 'HET', amount: 15_700, validFrom: '2026-11-01', source: 'Permendag' }],
      price: { amount: 15_000, validFrom: '2026-11-01' },
    });
    await manajer('catalogAdmin.setCeiling', { productId: p.productId, kind: 'HET', amount: 16_000, validFrom: '2026-11-01', source: 'ralat' });
    await manajer('catalogAdmin.setPrice', { productId: p.productId, amount: 15_900, validFrom: '2026-11-01' });

    expect(history('price_history', p.productId).map((r) => [r.valid_from, r.price])).toEqual([
      ['2026-11-01', 15_000],
      ['2026-11-01', 15_900],
    ]);
    expect(history('price_ceiling_history', p.productId).map((r) => [r.valid_from, r.amount, r.source])).toEqual([
      ['2026-11-01', 15_700, 'Permendag'],
      ['2026-11-01', 16_000, 'ralat'],
    ]);

    const admin = await manajer<{ prices: { validFrom: string; price: number }[]; ceilings: { amount: number }[] }>('catalogAdmin.get', {
      productId: p.productId,
    });
    expect(admin.prices).toEqual([expect.objectContaining({ validFrom: '2026-11-01', price: 15_900 })]);
    expect(admin.ceilings).toEqual([expect.objectContaining({ amount: 16_000 })]);
    const scan = await kasir<{ item: { price: number; het: number | null } }>('catalog.lookup', { code: '8991234567891' });
    expect(scan.item).toMatchObject({ price: 15_900, het: 16_000 });
  });

  it('a re-import for the same date appends instead of overwriting', async () => {
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
    await manajer('catalogAdmin.import', {
      fileName: 'k.csv',
      base64: b64('kode;nama;satuan;dijual_per;harga;berlaku_mulai;het\nGULA1;Gula 1 kg;pcs;buah;17000;2026-11-01;18000\n'),
    });
    await manajer('catalogAdmin.import', { fileName: 'k.csv', base64: b64('kode;harga;berlaku_mulai;het\nGULA1;17500;2026-11-01;18500\n') });
    const id = h.core.db.prepare("SELECT id FROM products WHERE sku = 'GULA1'").pluck().get() as string;
    expect(history('price_history', id).map((r) => r.price)).toEqual([17_000, 17_500]);
    expect(history('price_ceiling_history', id).map((r) => r.amount)).toEqual([18_000, 18_500]);
    expect(h.core.db.prepare('SELECT price FROM prices WHERE product_id = ?').pluck().all(id)).toEqual([17_500]);
  });

  it('the history tables refuse an edit or a delete', async () => {
    await manajer('catalogAdmin.create', { sku: 'X1', name: 'Barang', unit: 'pcs', soldBy: 'piece', price: { amount: 1_000, validFrom: '2026-11-01' } });
    expect(() => h.core.db.prepare('UPDATE price_history SET price = 1').run()).toThrow(/append-only/);
    expect(() => h.core.db.prepare('DELETE FROM price_history').run()).toThrow(/append-only/);
  });
});
