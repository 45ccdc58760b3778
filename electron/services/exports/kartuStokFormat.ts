// How kartu stok values read in an Indonesian office: quantities with a decimal comma (weights),
// move kinds in Bahasa Indonesia. Shared by the CSV, XLSX and PDF writers.
import { Dec, formatQty, type Milli } from '../../../shared/money';

export const KIND_LABELS: Record<string, string> = {
  receipt: 'Penerimaan',
  sale: 'Penjualan',
  return: 'Retur',
  void: 'Batal',
  adjustment: 'Penyesuaian',
  opname: 'Stok opname',
  damage: 'Rusak',
  transfer: 'Transfer',
  cylinder_exchange: 'Tukar tabung',
};

export const kindLabel = (kind: string): string => KIND_LABELS[kind] ?? kind;

/** `2` for pieces, `1,25` for weights: what Excel in an id-ID locale reads as a number. */
export const qtyText = (milli: Milli, soldBy: 'piece' | 'weight'): string => formatQty(milli, soldBy);

/** Milli-units as a number of units for spreadsheet cells (exact in decimal, 3 places at most). */
export const qtyNumber = (milli: Milli): number => new Dec(milli).div(1000).toNumber();

/** Milli-units as exact decimal text with a point (`12.5`, `-1.25`): a spreadsheet cell's value. */
export function qtyDecimal(milli: Milli): string {
  const abs = Math.abs(milli);
  const units = Math.trunc(abs / 1000);
  const frac = abs % 1000;
  const text = frac === 0 ? String(units) : `${units}.${String(frac).padStart(3, '0').replace(/0+$/, '')}`;
  return milli < 0 ? `-${text}` : text;
}
