// The counter's IndexedDB store under fake-indexeddb (no browser): carts survive a reopen, held
// carts come back, the outbox moves a cart in one transaction under its sale id, sends until the
// core acknowledges (a fake core that is first unreachable), and the catalog cache answers scans.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogItem, CatalogSnapshot } from '../../shared/api/catalog';
import type { SaleCommitInput } from '../../shared/api/sales';
import { ApiError, createApi } from '../../renderer/lib/api';
import { CatalogCache } from '../../renderer/lib/catalogCache';
import { flushOutbox } from '../../renderer/lib/outbox';
import {
  heldCarts,
  holdCart,
  moveCartToOutbox,
  openCart,
  openPosDb,
  recallCart,
  restoreFromOutbox,
  saveCart,
  waitingSales,
  type Cart,
  type PosDb,
} from '../../renderer/lib/store';

let counter = 0;
const dbs: PosDb[] = [];
function freshDb(): { db: PosDb; name: string } {
  const name = `pos-test-${++counter}`;
  const db = openPosDb(name);
  dbs.push(db);
  return { db, name };
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

const beras: CatalogItem = {
  productId: 'p-beras',
  sku: 'SPHP5',
  name: 'Beras SPHP 5 kg',
  unit: 'sak',
  soldBy: 'piece',
  categoryCode: null,
  taxStatus: 'EXEMPT',
  subsidyProgram: 'SPHP',
  lpgKind: null,
  packSizeMilli: 5000,
  barcodes: ['08991234567891'],
  price: 65500,
  het: 65500,
  hap: null,
};
const gula: CatalogItem = {
  ...beras,
  productId: 'p-gula',
  sku: 'GULA-CURAH',
  name: 'Gula pasir curah',
  unit: 'kg',
  soldBy: 'weight',
  subsidyProgram: 'NONE',
  packSizeMilli: null,
  barcodes: ['PLU2012345'],
  price: 18000,
  het: null,
};

function line(item: CatalogItem, qtyMilli: number) {
  return {
    key: item.productId,
    productId: item.productId,
    sku: item.sku,
    name: item.name,
    unit: item.unit,
    soldBy: item.soldBy,
    subsidyProgram: item.subsidyProgram,
    lpgKind: item.lpgKind,
    unitPrice: item.price!,
    qtyMilli,
  };
}

function inputOf(cart: Cart): SaleCommitInput {
  return { id: cart.id, lines: cart.lines.map((l) => ({ productId: l.productId, qtyMilli: l.qtyMilli })), payments: [{ method: 'cash', amount: 100000 }] };
}

/** A fake core: records every commit, unreachable for the first `downFor` calls. */
function fakeCore(downFor: number, refuse?: string) {
  const calls: { method: string; input: unknown }[] = [];
  const committed = new Map<string, unknown>();
  const api = createApi(async (method, input) => {
    calls.push({ method, input });
    if (calls.length <= downFor) throw new ApiError('HOST_UNREACHABLE');
    if (refuse) throw new ApiError(refuse, { nik4: '1234' });
    const id = (input as { id: string }).id;
    const replayed = committed.has(id);
    if (!replayed) committed.set(id, { saleId: id, receiptNo: `GI-1-${committed.size + 1}`, total: 65500 });
    return { ...(committed.get(id) as object), replayed };
  });
  return { api, calls, committed };
}

describe('POS store (fake-indexeddb)', () => {
  it('keeps the open cart across a reopen of the database, as after a reload', async () => {
    const { db, name } = freshDb();
    const cart = await openCart(db);
    await saveCart(db, { ...cart, lines: [line(beras, 2000)] });
    db.close();
    const again = openPosDb(name);
    dbs.push(again);
    const reopened = await openCart(again);
    expect(reopened.id).toBe(cart.id);
    expect(reopened.lines.map((l) => [l.sku, l.qtyMilli])).toEqual([['SPHP5', 2000]]);
  });

  it('holds several carts and recalls one, parking the cart that was open', async () => {
    const { db } = freshDb();
    const first = { ...(await openCart(db)), lines: [line(beras, 1000)] };
    const second = { ...(await holdCart(db, first)), lines: [line(gula, 1250)] };
    const third = await holdCart(db, second);
    expect((await heldCarts(db)).map((c) => c.id)).toEqual([first.id, second.id]);
    const back = await recallCart(db, { ...third, lines: [line(beras, 3000)] }, first.id);
    expect(back.id).toBe(first.id);
    expect(back.status).toBe('open');
    expect((await heldCarts(db)).map((c) => c.id)).toEqual([second.id, third.id]);
    expect((await openCart(db)).id).toBe(first.id);
  });

  it('moves the cart into the outbox in one transaction; the same sale cannot enter twice', async () => {
    const { db } = freshDb();
    const cart = { ...(await openCart(db)), lines: [line(beras, 1000)] };
    const { next } = await moveCartToOutbox(db, cart, inputOf(cart));
    expect(next.id).not.toBe(cart.id);
    expect(await db.carts.get(cart.id)).toBeUndefined();
    await expect(moveCartToOutbox(db, cart, inputOf(cart))).rejects.toMatchObject({ name: expect.stringMatching(/ConstraintError/) });
    expect((await waitingSales(db)).map((e) => e.id)).toEqual([cart.id]);
  });

  it('sends until the core acknowledges: unreachable twice, then one sale, never two', async () => {
    const { db } = freshDb();
    const cart = { ...(await openCart(db)), lines: [line(beras, 1000)] };
    await moveCartToOutbox(db, cart, inputOf(cart));
    const core = fakeCore(2);
    expect(await flushOutbox(db, core.api)).toMatchObject({ sent: 0, waiting: 1 });
    expect(await flushOutbox(db, core.api)).toMatchObject({ sent: 0, waiting: 1 });
    expect(await flushOutbox(db, core.api)).toMatchObject({ sent: 1, waiting: 0, results: [{ receiptNo: 'GI-1-1' }] });
    expect(await flushOutbox(db, core.api)).toMatchObject({ sent: 0, waiting: 0 });
    expect(core.committed.size).toBe(1);
    const entry = await db.outbox.get(cart.id);
    expect(entry?.status).toBe('done');
    expect(entry?.result?.receiptNo).toBe('GI-1-1');
    expect(entry?.attempts).toBe(3);
  });

  it('a sale the core refuses is marked with its reason and can go back to the counter', async () => {
    const { db } = freshDb();
    const cart = { ...(await openCart(db)), lines: [line(beras, 1000)] };
    const { next } = await moveCartToOutbox(db, cart, inputOf(cart));
    await flushOutbox(db, fakeCore(0, 'LPG_QUOTA_EXCEEDED').api);
    const [rejected] = await waitingSales(db);
    expect(rejected?.status).toBe('rejected');
    expect(rejected?.error?.code).toBe('LPG_QUOTA_EXCEEDED');
    const back = await restoreFromOutbox(db, cart.id, next);
    expect(back?.id).toBe(cart.id);
    expect(back?.lines).toHaveLength(1);
    expect(await waitingSales(db)).toEqual([]);
    expect((await openCart(db)).id).toBe(cart.id);
  });

  it('the catalog cache answers barcodes, weight labels and SKUs from memory and survives a reopen', async () => {
    const { db, name } = freshDb();
    const snapshots: string[] = [];
    const api = createApi(async (_method, input) => {
      snapshots.push(JSON.stringify(input));
      const snap: CatalogSnapshot = {
        version: '7@2026-11-25',
        businessDate: '2026-11-25',
        weightLayouts: [{ prefix: '20', itemStart: 2, itemLength: 5, valueStart: 7, valueLength: 5, value: 'grams' }],
      };
      const ifNoneMatch = (input as { ifNoneMatch?: string }).ifNoneMatch;
      return ifNoneMatch === snap.version ? snap : { ...snap, items: [beras, gula] };
    });
    const cache = new CatalogCache();
    expect(await cache.refresh(db, api)).toBe(true);
    expect(await cache.refresh(db, api)).toBe(false);
    expect(snapshots).toEqual(['{}', '{"ifNoneMatch":"7@2026-11-25"}']);
    expect(cache.lookup('8991234567891')).toMatchObject({ item: { sku: 'SPHP5' } });
    expect(cache.lookup('2012345012509')).toMatchObject({ item: { sku: 'GULA-CURAH' }, qtyMilli: 1250 });
    expect(cache.lookup('sphp5')).toMatchObject({ item: { sku: 'SPHP5' } });
    expect(cache.lookup('8991234567890')).toEqual({ error: 'SCAN_CHECK_DIGIT', code: '8991234567890' });
    expect(cache.search('gula').map((i) => i.sku)).toEqual(['GULA-CURAH']);

    db.close();
    const again = openPosDb(name);
    dbs.push(again);
    const warm = new CatalogCache();
    await warm.load(again);
    expect(warm.size).toBe(2);
    expect(warm.lookup('8991234567891')).toMatchObject({ item: { productId: 'p-beras' } });
  });
});
