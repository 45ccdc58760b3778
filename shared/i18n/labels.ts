// The words for the codes the core stores (statuses, payment methods, roles, categories): one
// table per domain, Bahasa Indonesia first. A screen never prints a stored code; it asks
// `label(TABLE, code, lang)`, and a code from a newer host still reads as itself rather than blank.
import type { Lang } from './errorMessages';

export type LabelTable = Readonly<Record<string, readonly [id: string, en: string]>>;

export const ROLE_LABELS = {
  kasir: ['Kasir', 'Cashier'],
  supervisor: ['Supervisor', 'Supervisor'],
  manajer: ['Manajer', 'Manager'],
  admin: ['Admin', 'Admin'],
} as const satisfies LabelTable;

/** Sale payments, refunds, supplier payments, simpanan deposits and SHU payouts share these words. */
export const PAY_METHOD_LABELS = {
  cash: ['Tunai', 'Cash'],
  qris: ['QRIS', 'QRIS'],
  transfer: ['Transfer', 'Transfer'],
  simpanan: ['Ke simpanan', 'To savings'],
  shu: ['Dari SHU', 'From SHU'],
} as const satisfies LabelTable;

export const SALE_STATUS_LABELS = {
  completed: ['Selesai', 'Completed'],
  voided: ['Dibatalkan', 'Voided'],
} as const satisfies LabelTable;

export const DELIVERY_STATUS_LABELS = {
  draft: ['Draf', 'Draft'],
  posted: ['Diposting', 'Posted'],
  cancelled: ['Dibatalkan', 'Cancelled'],
} as const satisfies LabelTable;

export const OPNAME_STATUS_LABELS = {
  counting: ['Sedang dihitung', 'Counting'],
  posted: ['Diposting', 'Posted'],
  cancelled: ['Dibatalkan', 'Cancelled'],
} as const satisfies LabelTable;

export const SHU_RUN_STATUS_LABELS = {
  draft: ['Draf', 'Draft'],
  approved: ['Disetujui', 'Approved'],
} as const satisfies LabelTable;

export const MEMBER_STATUS_LABELS = {
  active: ['Aktif', 'Active'],
  left: ['Keluar', 'Left'],
} as const satisfies LabelTable;

export const LPG_CATEGORY_LABELS = {
  RUMAH_TANGGA: ['Rumah tangga', 'Household'],
  USAHA_MIKRO: ['Usaha mikro', 'Micro business'],
  NELAYAN_SASARAN: ['Nelayan sasaran', 'Target fisher'],
  PETANI_SASARAN: ['Petani sasaran', 'Target farmer'],
} as const satisfies LabelTable;

export const LPG_BUYER_STATUS_LABELS = {
  active: ['Aktif', 'Active'],
  blocked: ['Diblokir', 'Blocked'],
} as const satisfies LabelTable;

export const STOCK_MOVE_LABELS = {
  receipt: ['Penerimaan', 'Receipt'],
  sale: ['Penjualan', 'Sale'],
  return: ['Retur', 'Return'],
  void: ['Batal', 'Void'],
  adjustment: ['Penyesuaian', 'Adjustment'],
  opname: ['Stok opname', 'Stock count'],
  damage: ['Rusak', 'Damaged'],
  transfer: ['Transfer', 'Transfer'],
  cylinder_exchange: ['Tukar tabung', 'Cylinder exchange'],
} as const satisfies LabelTable;

export const SUBSIDY_PROGRAM_LABELS = {
  SPHP: ['SPHP', 'SPHP'],
  MINYAKITA: ['Minyakita', 'Minyakita'],
  LPG3: ['LPG 3 kg', 'LPG 3 kg'],
  NONE: ['Tidak ada', 'None'],
} as const satisfies LabelTable;

export const PRINTER_CUT_LABELS = {
  partial: ['sebagian', 'partial'],
  full: ['penuh', 'full'],
  none: ['tanpa potong', 'no cut'],
} as const satisfies LabelTable;

/** QR and barcodes: the printer draws them itself, or we send them as a picture. */
export const PRINT_MODE_LABELS = {
  native: ['bawaan', 'built-in'],
  raster: ['gambar', 'image'],
} as const satisfies LabelTable;

/** The choices a setting offers (shared/settings), as the rules editor shows them. */
export const SETTING_VALUE_LABELS = {
  ...PRINTER_CUT_LABELS,
  ...PRINT_MODE_LABELS,
  auto: ['otomatis', 'automatic'],
  hard: ['wajib (ditolak)', 'hard (refused)'],
  soft: ['peringatan (perlu supervisor)', 'warning (needs a supervisor)'],
  off: ['tidak dipakai', 'off'],
  down: ['ke bawah', 'down'],
  nearest: ['terdekat', 'nearest'],
  HALF_UP_PER_LINE: ['setengah ke atas, per baris', 'half up, per line'],
  year_end: ['saldo akhir tahun', 'year-end balance'],
  average_month_end: ['rata-rata saldo akhir bulan', 'average month-end balance'],
  PANGKALAN: ['Pangkalan', 'Pangkalan (base)'],
  AGEN: ['Agen', 'Agent'],
  ZONA_1: ['Zona 1', 'Zone 1'],
  ZONA_2: ['Zona 2', 'Zone 2'],
  ZONA_3: ['Zona 3', 'Zone 3'],
  A: ['A (biasa)', 'A (normal)'],
  B: ['B (kecil)', 'B (small)'],
} as const satisfies LabelTable;

export function label(table: LabelTable, code: string | null | undefined, lang: Lang): string {
  if (code === null || code === undefined) return '';
  const words = Object.hasOwn(table, code) ? table[code] : undefined;
  return words ? words[lang === 'id' ? 0 : 1] : code;
}
