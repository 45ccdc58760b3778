// Money is integer rupiah at rest; every multiplication or division goes through decimal.js with
// one rounding policy (half-up to the rupiah), so no float ever touches a price.
import Decimal from 'decimal.js';

export type Rupiah = number;
/** Quantities are integer milli-units: 1000 per piece, or grams for goods sold by kg. */
export type Milli = number;

export const MILLI_PER_UNIT = 1000;

export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export function isRupiah(value: unknown): value is Rupiah {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

export function assertRupiah(value: number, what = 'amount'): Rupiah {
  if (!isRupiah(value)) throw new RangeError(`${what} must be whole rupiah, got ${value}`);
  return value;
}

/** Unit price (per piece or per kg) times a milli quantity, rounded half-up to the rupiah. */
export function lineTotal(unitPrice: Rupiah, qtyMilli: Milli): Rupiah {
  return new Dec(unitPrice).mul(qtyMilli).div(MILLI_PER_UNIT).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
}

export function sumRupiah(values: Iterable<Rupiah>): Rupiah {
  let total = new Dec(0);
  for (const v of values) total = total.add(assertRupiah(v));
  return assertRupiah(total.toNumber(), 'sum');
}

/** Parses what a person types: "65500", "65.500", "Rp 65.500". Rejects decimals and junk. */
export function parseRupiah(text: string): Rupiah | null {
  const cleaned = text
    .trim()
    .replace(/^rp\.?\s*/i, '')
    .replace(/\./g, '');
  if (!/^\d{1,15}$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** A whole count in Indonesian style: `1.250` (dot groups thousands); negative as `-1.250`. */
export function formatCount(value: number): string {
  const digits = Math.abs(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return value < 0 ? `-${digits}` : digits;
}

/** `Rp65.500` in Indonesian style; negative as `-Rp65.500`. */
export function formatRupiah(value: Rupiah): string {
  const sign = value < 0 ? '-' : '';
  return `${sign}Rp${formatCount(Math.abs(value))}`;
}

export function unitsToMilli(units: number): Milli {
  return new Dec(units).mul(MILLI_PER_UNIT).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
}

/** A milli quantity for people: pieces as `2`, weights as `1,25` (Indonesian decimal comma). */
export function formatQty(qtyMilli: Milli, soldBy: 'piece' | 'weight'): string {
  if (soldBy === 'piece' && qtyMilli % MILLI_PER_UNIT === 0) return String(qtyMilli / MILLI_PER_UNIT);
  return new Dec(qtyMilli)
    .div(MILLI_PER_UNIT)
    .toFixed(3)
    .replace(/\.?0+$/, '')
    .replace('.', ',');
}
