// The columns of the Satgas report, shared by the XLSX and the PDF so both say the same thing.
import { formatRupiah } from '../../shared/money';
import { formatMonth, formatNumber } from '../../shared/i18n/format';
import type { SatgasReport, SatgasRow } from './satgasReport';

export interface SatgasColumn {
  title: string;
  kind: 'text' | 'count' | 'rupiah';
  value: (r: SatgasRow) => string | number | null;
  /** PDF width in points (A4 landscape holds about 780). */
  width: number;
}

export const SATGAS_COLUMNS: SatgasColumn[] = [
  { title: 'Koperasi', kind: 'text', value: (r) => r.koperasiName, width: 110 },
  { title: 'Kelurahan', kind: 'text', value: (r) => r.kelurahan, width: 70 },
  { title: 'Gerai', kind: 'count', value: (r) => r.outlets, width: 30 },
  { title: 'Transaksi', kind: 'count', value: (r) => r.sales, width: 42 },
  { title: 'Penjualan', kind: 'rupiah', value: (r) => r.total, width: 62 },
  { title: 'Margin', kind: 'rupiah', value: (r) => r.margin, width: 56 },
  { title: 'LPG terjual', kind: 'count', value: (r) => r.lpgSold, width: 40 },
  { title: 'Alokasi LPG', kind: 'count', value: (r) => r.lpgAllocation, width: 40 },
  { title: 'MAP tertunda', kind: 'count', value: (r) => r.mapPending, width: 40 },
  { title: 'MAP ditolak', kind: 'count', value: (r) => r.mapRejected, width: 38 },
  { title: 'Penolakan', kind: 'count', value: (r) => r.refusals, width: 40 },
  { title: 'Stok < min', kind: 'count', value: (r) => r.belowMinimum, width: 38 },
  { title: 'Anggota', kind: 'count', value: (r) => r.members, width: 38 },
  { title: 'Target', kind: 'count', value: (r) => r.memberTarget, width: 36 },
  { title: 'Pendapatan', kind: 'rupiah', value: (r) => r.revenue, width: 62 },
  { title: 'Kas + bank', kind: 'rupiah', value: (r) => r.kasBank, width: 62 },
  { title: 'Ekuitas', kind: 'rupiah', value: (r) => r.equity, width: 62 },
];

/** A cell as the PDF prints it: id-ID figures, a dash for "not known". */
export function cellText(c: SatgasColumn, r: SatgasRow): string {
  const v = c.value(r);
  if (v === null) return '–';
  if (typeof v === 'string') return v;
  return c.kind === 'rupiah' ? formatRupiah(v) : formatNumber(v, 0);
}

export const satgasTitle = (report: SatgasReport) => `Laporan Satgas KKMP — ${report.kota} — ${formatMonth(report.month, 'long')}`;
export const satgasFilename = (report: SatgasReport, ext: 'xlsx' | 'pdf') =>
  `laporan-satgas-${report.kota.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${report.month}.${ext}`;
