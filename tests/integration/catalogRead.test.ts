import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTempHost, type Caller, type TempHost } from '../support/tempHost';
import { CODES, PINS, ean13, setupShop } from '../support/shop';
import { setPrice } from '../../electron/services/catalog/catalog';
import { inTransaction } from '../../electron/services/core';
import type { CatalogHit, CatalogSnapshot, LookupResult } from '../../shared/api/catalog';

let h: TempHost;
let kasir: Caller;
let shop: ReturnType<typeof setupShop>;

beforeEach(async () => {
  h = openTempHost();
  shop = setupShop(h);
  kasir = await h.as('sari', PINS.kasir);
});
afterEach(() => h.dispose());

describe('catalog at the counter', () => {
  it('a scanned EAN-13 gives the product, its price, HET and subsidy tag, and stock on hand', async () => {
    const r = await kasir<LookupResult>('catalog.lookup', { code: CODES.beras });
    expect(r.item).toMatchObject({
      productId: shop.products.beras,
      sku: 'SPHP5',
      price: 65_500,
      het: 65_500,
      hap: null,
      subsidyProgram: 'SPHP',
      packSizeMilli: 5000,
      onHandMilli: 20_000,
    });
    expect(r.qtyMilli).toBeNull();
    const gula = await kasir<LookupResult>('catalog.lookup', { code: CODES.gula });
    expect(gula.item).toMatchObject({ price: 17_000, het: null, hap: 17_500 });
  });

  it('a weight label (prefix 20, item 00101, 1.250 g) gives telur with the weight as quantity', async () => {
    const label = ean13('200010101250');
    const r = await kasir<LookupResult>('catalog.lookup', { code: label });
    expect(r.item.sku).toBe('TELUR');
    expect(r.qtyMilli).toBe(1250);
    expect(r.scan).toMatchObject({ kind: 'weight', prefix: '20', itemCode: '00101', grams: 1250 });
  });

  it('a price label layout from the setting derives the weight from the printed price', async () => {
    h.core.db
      .prepare("INSERT INTO settings (key, valid_from, value, set_at) VALUES ('scan.weight_layouts', '2026-06-01', ?, 'now')")
      .run(JSON.stringify([{ prefix: '20', itemStart: 2, itemLength: 5, valueStart: 7, valueLength: 5, value: 'price' }]));
    const r = await kasir<LookupResult>('catalog.lookup', { code: ean13('200010114250') });
    // Rp14.250 at Rp28.500/kg = 500 g
    expect(r).toMatchObject({ labelPrice: 14_250, qtyMilli: 500 });
  });

  it('a wrong check digit, an unknown code: each its own refusal; SKU typed by hand works', async () => {
    const bad = CODES.gula.slice(0, 12) + ((Number(CODES.gula[12]) + 1) % 10);
    expect(await errorOf(kasir('catalog.lookup', { code: bad }))).toEqual({ code: 'SCAN_INVALID', params: { reason: 'CHECK_DIGIT' } });
    expect(await errorOf(kasir('catalog.lookup', { code: ean13('899100009999') }))).toEqual({
      code: 'CATALOG_NOT_FOUND',
      params: { code: ean13('899100009999') },
    });
    expect((await kasir<LookupResult>('catalog.lookup', { code: 'mkita1' })).item.sku).toBe('MKITA1');
  });

  it('search by name, SKU prefix or barcode; the limit holds', async () => {
    expect((await kasir<CatalogHit[]>('catalog.search', { query: 'minyak' })).map((i) => i.sku)).toEqual(['MKITA1']);
    expect((await kasir<CatalogHit[]>('catalog.search', { query: 'SPH' })).map((i) => i.sku)).toEqual(['SPHP5']);
    expect((await kasir<CatalogHit[]>('catalog.search', { query: CODES.gula })).map((i) => i.sku)).toEqual(['GULA1']);
    expect(await kasir<CatalogHit[]>('catalog.search', { query: '%' })).toEqual([]);
    expect(await kasir<CatalogHit[]>('catalog.search', { query: 'a', limit: 2 })).toHaveLength(2);
  });

  it('the snapshot carries every active product; its version moves when a price changes', async () => {
    const snap = await kasir<CatalogSnapshot>('catalog.snapshot', {});
    expect(snap.items?.map((i) => i.sku).sort()).toEqual(['GULA1', 'MKITA1', 'SPHP5', 'TELUR']);
    expect(snap.items?.find((i) => i.sku === 'TELUR')).toMatchObject({ barcodes: ['PLU2000101'], soldBy: 'weight', price: 28_500 });
    expect(snap.weightLayouts).toHaveLength(10);
    const same = await kasir<CatalogSnapshot>('catalog.snapshot', { ifNoneMatch: snap.version });
    expect(same.items).toBeUndefined();
    inTransaction(h.core, () => setPrice(h.core, shop.products.gula, 16_500, '2026-11-20', null));
    const { version } = await kasir<{ version: string }>('catalog.version', {});
    expect(version).not.toBe(snap.version);
    const fresh = await kasir<CatalogSnapshot>('catalog.snapshot', { ifNoneMatch: snap.version });
    expect(fresh.items?.find((i) => i.sku === 'GULA1')?.price).toBe(16_500);
  });
});
