// Pure cart arithmetic: adding a scanned item (the same product again adds to its quantity),
// changing and removing lines, totals in integer rupiah via shared/money.
import type { CatalogItem } from '../../shared/api/catalog';
import type { SaleCommitInput } from '../../shared/api/sales';
import { lineTotal, MILLI_PER_UNIT, sumRupiah } from '../../shared/money';
import type { Cart, CartLine } from '../lib/store';

export function lineOf(item: CatalogItem, qtyMilli: number, extra?: Record<string, unknown>, note?: string): CartLine {
  return {
    key: extra ? `${item.productId}:${JSON.stringify(extra)}` : item.productId,
    productId: item.productId,
    sku: item.sku,
    name: item.name,
    unit: item.unit,
    soldBy: item.soldBy,
    subsidyProgram: item.subsidyProgram,
    lpgKind: item.lpgKind,
    unitPrice: item.price ?? 0,
    qtyMilli,
    ...(extra ? { extra } : {}),
    ...(note ? { note } : {}),
  };
}

/** Adds a line, or adds to the quantity of the line with the same key; returns the cart and the line's index. */
export function addLine(cart: Cart, line: CartLine): { cart: Cart; index: number } {
  const index = cart.lines.findIndex((l) => l.key === line.key);
  if (index >= 0) {
    const lines = cart.lines.map((l, i) => (i === index ? { ...l, qtyMilli: l.qtyMilli + line.qtyMilli } : l));
    return { cart: { ...cart, lines }, index };
  }
  return { cart: { ...cart, lines: [...cart.lines, line] }, index: cart.lines.length };
}

export function setQty(cart: Cart, index: number, qtyMilli: number): Cart {
  return { ...cart, lines: cart.lines.map((l, i) => (i === index ? { ...l, qtyMilli } : l)) };
}

export function removeLine(cart: Cart, index: number): Cart {
  return { ...cart, lines: cart.lines.filter((_, i) => i !== index) };
}

export function lineAmount(line: CartLine): number {
  return lineTotal(line.unitPrice, line.qtyMilli);
}

export function cartTotal(cart: Cart): number {
  return sumRupiah(cart.lines.map(lineAmount));
}

export function itemCount(cart: Cart): number {
  return cart.lines.reduce((n, l) => n + (l.soldBy === 'piece' ? l.qtyMilli / MILLI_PER_UNIT : 1), 0);
}

/** Whole SPHP packs in the cart (the SPHP rule counts per transaction). */
export function sphpPacks(cart: Cart): number {
  return cart.lines.filter((l) => l.subsidyProgram === 'SPHP').reduce((n, l) => n + (l.soldBy === 'piece' ? l.qtyMilli / MILLI_PER_UNIT : 0), 0);
}

export interface Payment {
  method: 'cash' | 'qris' | 'transfer';
  amount: number;
  reference?: string;
}

export function commitInput(cart: Cart, payments: Payment[], shiftId: string | null): SaleCommitInput {
  return {
    id: cart.id,
    shiftId,
    memberId: cart.member?.id ?? null,
    lines: cart.lines.map((l) => ({ productId: l.productId, qtyMilli: l.qtyMilli, ...(l.extra ? { extra: l.extra } : {}) })),
    payments: payments.map((p) => ({ method: p.method, amount: p.amount, ...(p.reference ? { reference: p.reference } : {}) })),
  };
}

/**
 * A weight as people type it: kilograms with a comma or point ("1,25", "0.5") or grams with a g
 * ("750g", "750 gr"). Returns grams (= milli-kg) or null.
 */
export function parseWeight(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  const grams = /^(\d{1,6})(g|gr|gram)$/.exec(t);
  if (grams) return Number(grams[1]) > 0 ? Number(grams[1]) : null;
  const kg = /^(\d{1,3})(?:[.,](\d{1,3}))?(?:kg)?$/.exec(t);
  if (!kg) return null;
  const value = Number(kg[1]) * 1000 + Number((kg[2] ?? '').padEnd(3, '0'));
  return value > 0 ? value : null;
}

/** A piece count as typed ("3"): milli-units or null. */
export function parsePieces(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,5}$/.test(t) || Number(t) === 0) return null;
  return Number(t) * MILLI_PER_UNIT;
}
