// Paper for members: the SHU slip handed out after the RAT, and the member card with its barcode
// (CODE128 of the card code, what the cashier scans to attach a sale to the member).
import { formatDate } from '../i18n/format';
import { formatRupiah } from '../money';
import type { PaperWidth, PrintDocument } from './document';
import { DocBuilder } from './layout';

export interface ShuSlipInput {
  outletName: string;
  year: number;
  memberNo: string;
  memberName: string;
  /** Member purchases in the year (basis of jasa usaha) and simpanan (basis of jasa modal). */
  purchases: number;
  savings: number;
  jasaUsaha: number;
  jasaModal: number;
  total: number;
  /** e.g. "Dibayar tunai", "Masuk simpanan sukarela". */
  note?: string;
}

export function buildShuSlip(s: ShuSlipInput, width: PaperWidth): PrintDocument {
  const b = new DocBuilder(width, `Slip SHU ${s.year} ${s.memberNo}`);
  b.center(s.outletName, true);
  b.center(`SLIP SHU TAHUN BUKU ${s.year}`, true);
  b.rule();
  b.pair('No. anggota', s.memberNo);
  b.text(`Nama: ${s.memberName}`);
  b.rule();
  b.pair('Belanja anggota', formatRupiah(s.purchases));
  b.pair('Simpanan', formatRupiah(s.savings));
  b.pair('SHU jasa usaha', formatRupiah(s.jasaUsaha));
  b.pair('SHU jasa modal', formatRupiah(s.jasaModal));
  b.rule();
  b.pair('TOTAL SHU', formatRupiah(s.total), true);
  if (s.note) b.text(s.note);
  b.blank().pair('Diterima:', '').blank().blank();
  b.feed(2);
  return b.build({ cut: true });
}

export interface MemberCardInput {
  outletName: string;
  memberNo: string;
  memberName: string;
  cardCode: string;
  /** A calendar day, `YYYY-MM-DD`; printed dd/mm/yyyy. */
  joinDate: string;
}

export function buildMemberCard(m: MemberCardInput, width: PaperWidth): PrintDocument {
  const b = new DocBuilder(width, `Kartu anggota ${m.memberNo}`);
  b.center(m.outletName, true);
  b.center('KARTU ANGGOTA', true);
  b.rule('=');
  b.text(m.memberName, true);
  b.pair('No. anggota', m.memberNo);
  b.pair('Sejak', formatDate(m.joinDate, 'UTC'));
  // The digits print below the bars (the native barcode's HRI, or the raster fallback's line).
  b.barcode('code128', m.cardCode);
  b.rule('=');
  b.feed(2);
  return b.build({ cut: true });
}
