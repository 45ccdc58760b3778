// The Bulog allocation part of the Satgas report: one line per koperasi and Bulog product, the same
// figures as the dashboard panel (allocation, received, sold, still to come), in whole units of the
// product. Shared by the XLSX sheet and the PDF table so both say the same thing.
import { formatNumber } from '../../shared/i18n/format';

export interface SatgasBulogRow {
  koperasiName: string;
  product: string;
  program: string;
  unit: string;
  allocationMilli: number | null;
  receivedMilli: number;
  soldMilli: number;
  toComeMilli: number | null;
}

export interface SatgasBulogColumn {
  title: string;
  /** A number of units (from milli-units), or text. */
  value: (r: SatgasBulogRow) => string | number | null;
  width: number;
}

const units = (milli: number | null) => (milli === null ? null : milli / 1000);
const PROGRAM: Record<string, string> = { SPHP: 'Beras SPHP', MINYAKITA: 'Minyakita' };

export const BULOG_COLUMNS: SatgasBulogColumn[] = [
  { title: 'Koperasi', value: (r) => r.koperasiName, width: 150 },
  { title: 'Produk', value: (r) => r.product, width: 150 },
  { title: 'Program', value: (r) => PROGRAM[r.program] ?? r.program, width: 70 },
  { title: 'Satuan', value: (r) => r.unit, width: 50 },
  { title: 'Alokasi', value: (r) => units(r.allocationMilli), width: 70 },
  { title: 'Diterima', value: (r) => units(r.receivedMilli), width: 70 },
  { title: 'Terjual', value: (r) => units(r.soldMilli), width: 70 },
  { title: 'Belum datang', value: (r) => units(r.toComeMilli), width: 70 },
];

/** A cell as the PDF prints it: id-ID figures up to three decimals, words where no allocation was set. */
export function bulogCellText(c: SatgasBulogColumn, r: SatgasBulogRow): string {
  const v = c.value(r);
  if (v === null) return c.title === 'Alokasi' ? 'belum ada' : '–';
  return typeof v === 'string' ? v : formatNumber(v, 3);
}
