// Z report of a shift on paper. The input is the subset of the shifts feature's ZReport
// (shared/api/shifts.ts) that the paper shows, so that object can be passed as it is.
import { formatDate } from '../i18n/format';
import { formatCount, formatRupiah, sumRupiah } from '../money';
import type { PaperWidth, PrintDocument } from './document';
import { DocBuilder } from './layout';
import { stamp } from './outlet';
import { zAnchorBlock } from './zAnchorBlock';
import type { ZAnchor } from '../journal/zAnchor';

type Method = 'cash' | 'qris' | 'transfer';
interface Person {
  displayName: string;
}

export interface ZReportInput {
  shiftId: string;
  outletName: string;
  terminal: string;
  businessDate: string;
  openedAt: string;
  openedBy: Person;
  closedAt: string | null;
  closedBy: Person | null;
  sales: { count: number; total: number; byMethod: Record<Method, number>; firstReceiptNo: string | null; lastReceiptNo: string | null };
  voids: { count: number; total: number };
  returns: { count: number; total: number };
  netSales: number;
  rounding: { net: number };
  cash: {
    openingFloat: number;
    cashTendered: number;
    changeGiven: number;
    cashRefunds: number;
    expected: number;
    counted: number | null;
    difference: number | null;
  };
  perCashier: (Person & { salesCount: number; salesTotal: number })[];
  /** Buku kas through the drawer; counted in cash.expected. */
  bukuKas?: { masuk: number; keluar: number };
  /** Absent on documents made before the journal existed (tests of the layout alone). */
  anchor?: ZAnchor;
  /** LPG 3 kg in tabung (shifts feature's ZLpg); a caller without it prints no LPG block. */
  lpg?: { tabungSold: number; emptiesIn: number; mapPending: number; mapRejected: number };
}

/** Pembulatan, then what the shift kept: net sales + rounding = the methods' money, to the rupiah. */
function roundingLines(b: DocBuilder, z: ZReportInput): void {
  b.pair('Pembulatan', formatRupiah(z.rounding.net));
  b.pair('Diterima bersih', formatRupiah(sumRupiah([z.netSales, z.rounding.net])));
}

export function buildZReport(z: ZReportInput, options: { width: PaperWidth; columns?: number; timeZone: string }): PrintDocument {
  const b = new DocBuilder(options.width, `Laporan Z ${z.terminal} ${z.businessDate}`, options.columns);
  b.center(z.outletName, true);
  b.center(z.closedAt ? 'LAPORAN Z (TUTUP SHIFT)' : 'LAPORAN X (SHIFT BERJALAN)', true);
  b.rule();
  b.pair('Terminal', z.terminal);
  b.pair('Tanggal', formatDate(z.businessDate, options.timeZone));
  b.pair('Buka', stamp(z.openedAt, options.timeZone));
  b.pair('Oleh', z.openedBy.displayName);
  if (z.closedAt) b.pair('Tutup', stamp(z.closedAt, options.timeZone));
  if (z.closedBy) b.pair('Oleh', z.closedBy.displayName);
  if (z.sales.firstReceiptNo) b.pair('Struk', `${z.sales.firstReceiptNo} s/d`).pair('', z.sales.lastReceiptNo ?? '');
  b.rule();
  b.pair(`Penjualan (${z.sales.count})`, formatRupiah(z.sales.total));
  b.pair('  Tunai', formatRupiah(z.sales.byMethod.cash));
  b.pair('  QRIS', formatRupiah(z.sales.byMethod.qris));
  b.pair('  Transfer', formatRupiah(z.sales.byMethod.transfer));
  b.pair(`Batal/void (${z.voids.count})`, formatRupiah(-z.voids.total));
  b.pair(`Retur (${z.returns.count})`, formatRupiah(-z.returns.total));
  b.pair('PENJUALAN BERSIH', formatRupiah(z.netSales), true);
  roundingLines(b, z);
  b.rule();
  b.pair('Modal awal', formatRupiah(z.cash.openingFloat));
  b.pair('Tunai diterima', formatRupiah(z.cash.cashTendered));
  b.pair('Kembalian', formatRupiah(-z.cash.changeGiven));
  b.pair('Pengembalian tunai', formatRupiah(-z.cash.cashRefunds));
  if (z.bukuKas && (z.bukuKas.masuk > 0 || z.bukuKas.keluar > 0)) {
    b.pair('Kas masuk (buku kas)', formatRupiah(z.bukuKas.masuk));
    b.pair('Kas keluar (buku kas)', formatRupiah(-z.bukuKas.keluar));
  }
  b.pair('Kas seharusnya', formatRupiah(z.cash.expected), true);
  if (z.cash.counted !== null) b.pair('Kas dihitung', formatRupiah(z.cash.counted), true);
  if (z.cash.difference !== null) b.pair(z.cash.difference < 0 ? 'Selisih (kurang)' : 'Selisih', formatRupiah(z.cash.difference), true);
  if (z.lpg) {
    b.rule();
    b.pair('LPG 3 KG (tabung)', '', true);
    b.pair('  Terjual', formatCount(z.lpg.tabungSold));
    b.pair('  Tabung kosong masuk', formatCount(z.lpg.emptiesIn));
    b.pair('  Belum dicatat di MAP', formatCount(z.lpg.mapPending), z.lpg.mapPending > 0);
    if (z.lpg.mapRejected > 0) b.pair('  Ditolak MAP', formatCount(z.lpg.mapRejected));
  }
  if (z.perCashier.length > 0) {
    b.rule();
    for (const c of z.perCashier) b.pair(`${c.displayName} (${c.salesCount})`, formatRupiah(c.salesTotal));
  }
  if (z.anchor) zAnchorBlock(b, z.anchor);
  b.rule();
  b.blank().pair('Kasir:', '').blank().pair('Kepala gerai:', '');
  b.feed(2);
  return b.build({ cut: true });
}
