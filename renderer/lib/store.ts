// The counter's own durable state in IndexedDB (Dexie, strict durability: a committed transaction
// is on disk, docs/decisions/0004-platform-facts.md): the open cart, held carts, the outbox of finished sales waiting for the
// core, and the catalog cache. A reload or a crash of the window loses nothing.
import Dexie, { type EntityTable } from 'dexie';
import type { CatalogItem } from '../../shared/api/catalog';
import type { SaleCommitInput, SaleResult } from '../../shared/api/sales';
import type { WeightLabelLayout } from '../../shared/barcode';
import { uuidv7 } from '../../shared/ids';

export interface CartLine {
  /** Stable per line (two LPG lines of the same product differ in their buyer). */
  key: string;
  productId: string;
  sku: string;
  name: string;
  unit: string;
  soldBy: 'piece' | 'weight';
  subsidyProgram: CatalogItem['subsidyProgram'];
  lpgKind: CatalogItem['lpgKind'];
  /** Per piece or per kg, as the catalog said when the line was rung up (the core re-prices). */
  unitPrice: number;
  qtyMilli: number;
  /** Rule input for the core, e.g. { lpgBuyerId, emptyReturned }. */
  extra?: Record<string, unknown>;
  /** What the screen shows next to the line (LPG buyer ****1234, category). */
  note?: string;
}

export interface CartMember {
  id: string;
  name: string;
  code?: string | null;
}

export interface Cart {
  /** The sale id from the first scan on: the idempotency key of the commit. */
  id: string;
  status: 'open' | 'held';
  lines: CartLine[];
  member: CartMember | null;
  createdAt: string;
  heldAt?: string | null;
  /** Who or what the held cart is for ("Bu Rina", "ambil dompet"), typed by the kasir at F7. */
  holdLabel?: string;
}

export type OutboxStatus = 'pending' | 'done' | 'rejected';

export interface OutboxEntry {
  /** = the sale id; unique, so a sale cannot enter the outbox twice. */
  id: string;
  input: SaleCommitInput;
  /** The cart as it was, to put it back when the core refuses the sale. */
  cart: Cart;
  status: OutboxStatus;
  attempts: number;
  createdAt: string;
  result?: SaleResult;
  error?: { code: string; params: Record<string, string | number | boolean | null> };
}

export interface CatalogMeta {
  key: 'catalog';
  version: string;
  businessDate: string;
  weightLayouts: WeightLabelLayout[];
}

export type PosDb = Dexie & {
  carts: EntityTable<Cart, 'id'>;
  outbox: EntityTable<OutboxEntry, 'id'>;
  catalog: EntityTable<CatalogItem, 'productId'>;
  meta: EntityTable<CatalogMeta, 'key'>;
};

export function openPosDb(name = 'kkmp-pos'): PosDb {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as PosDb;
  db.version(1).stores({
    carts: 'id, status',
    outbox: 'id, status, createdAt',
    catalog: 'productId, sku, *barcodes',
    meta: 'key',
  });
  return db;
}

export function newCart(now = new Date()): Cart {
  return { id: uuidv7(now.getTime()), status: 'open', lines: [], member: null, createdAt: now.toISOString(), heldAt: null };
}

/** The open cart, created when there is none. */
export async function openCart(db: PosDb): Promise<Cart> {
  return db.transaction('rw', db.carts, async () => {
    const open = await db.carts.where('status').equals('open').first();
    if (open) return open;
    const cart = newCart();
    await db.carts.add(cart);
    return cart;
  });
}

export async function saveCart(db: PosDb, cart: Cart): Promise<void> {
  await db.carts.put(cart);
}

export async function heldCarts(db: PosDb): Promise<Cart[]> {
  const held = await db.carts.where('status').equals('held').toArray();
  return held.sort((a, b) => (a.heldAt ?? '').localeCompare(b.heldAt ?? ''));
}

/** Parks the open cart under a label (may be empty) and starts an empty one. */
export async function holdCart(db: PosDb, cart: Cart, label = ''): Promise<Cart> {
  return db.transaction('rw', db.carts, async () => {
    await db.carts.put({ ...cart, status: 'held', heldAt: new Date().toISOString(), holdLabel: label.trim() });
    const fresh = newCart();
    await db.carts.add(fresh);
    return fresh;
  });
}

/** Brings a held cart back; the current open cart is parked when it has lines, dropped when empty. */
export async function recallCart(db: PosDb, current: Cart, heldId: string): Promise<Cart> {
  return db.transaction('rw', db.carts, async () => {
    const held = await db.carts.get(heldId);
    if (!held || held.status !== 'held') throw new Error('held cart gone');
    if (current.lines.length > 0) await db.carts.put({ ...current, status: 'held', heldAt: new Date().toISOString() });
    else await db.carts.delete(current.id);
    const open: Cart = { ...held, status: 'open', heldAt: null };
    await db.carts.put(open);
    return open;
  });
}

/**
 * One transaction: the cart leaves the carts table and enters the outbox under its sale id, and a
 * fresh open cart takes its place. A second call for the same sale fails (ConstraintError).
 */
export async function moveCartToOutbox(db: PosDb, cart: Cart, input: SaleCommitInput): Promise<{ entry: OutboxEntry; next: Cart }> {
  return db.transaction('rw', db.carts, db.outbox, async () => {
    const entry: OutboxEntry = { id: cart.id, input, cart, status: 'pending', attempts: 0, createdAt: new Date().toISOString() };
    await db.outbox.add(entry);
    await db.carts.delete(cart.id);
    const next = newCart();
    await db.carts.add(next);
    return { entry, next };
  });
}

/** A refused sale goes back to the counter as the open cart (the current one is parked if it has lines). */
export async function restoreFromOutbox(db: PosDb, saleId: string, current: Cart | null): Promise<Cart | null> {
  return db.transaction('rw', db.carts, db.outbox, async () => {
    const entry = await db.outbox.get(saleId);
    if (!entry || entry.status === 'done') return null;
    if (current) {
      if (current.lines.length > 0) await db.carts.put({ ...current, status: 'held', heldAt: new Date().toISOString() });
      else await db.carts.delete(current.id);
    }
    await db.outbox.delete(saleId);
    const open: Cart = { ...entry.cart, status: 'open', heldAt: null };
    await db.carts.put(open);
    return open;
  });
}

export async function waitingSales(db: PosDb): Promise<OutboxEntry[]> {
  const rows = await db.outbox.where('status').anyOf('pending', 'rejected').toArray();
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
