// The struk of a committed sale (non-PKP by default, docs/domain/tax-and-receipts.md):
// koperasi identity, receipt number and WITA time, cashier, lines with qty x unit price and HET,
// totals, pembulatan, payments and change, member number, the subsidy notes for LPG/SPHP, footer, QR.
import { Dec, formatQty, formatRupiah, sumRupiah } from '../money';
import { maskNik } from '../nik';
import type { SaleLineResult, SaleResult } from '../api/sales';
import type { PaperWidth, PrintDocument } from './document';
import { DocBuilder } from './layout';
import { outletHeader, stamp, type OutletProfile } from './outlet';

export interface ReceiptLine extends SaleLineResult {
  subsidyProgram: 'LPG3' | 'SPHP' | 'MINYAKITA' | 'NONE';
  taxStatus: 'TAXABLE' | 'EXEMPT' | 'SPECIAL';
  /** The registered buyer of an LPG/SPHP line: last 4 NIK digits and the category (RT, UM ...). */
  buyer?: { nikLast4: string; category: string } | null;
}

export interface ReceiptTexts {
  /** receipt.subsidy_notice: "Barang subsidi - dilarang diperjualbelikan kembali". */
  subsidyNotice: string;
  /** receipt.lpg_complaint: "Pengaduan LPG: Pertamina 135". */
  lpgComplaint: string;
}

export interface SaleReceiptInput {
  sale: Omit<SaleResult, 'lines' | 'replayed'> & { lines: ReceiptLine[] };
  outlet: OutletProfile;
  texts: ReceiptTexts;
  cashierName: string;
  memberNo: string | null;
  width: PaperWidth;
  /** Characters per line when the printer's profile is not in font A (42 in font B on 58 mm). */
  columns?: number;
  /** A reprint: marked SALINAN / COPY at top and bottom, never opens the drawer. */
  copy: boolean;
  qr: boolean;
  /** PKP mode prints NPWP and the PPN included in the taxable lines (rate as a decimal string). */
  tax: { isPkp: boolean; ppnRatePct: string };
}

const PAYMENT_LABEL: Record<string, string> = { cash: 'Tunai', qris: 'QRIS', transfer: 'Transfer' };

export function buildSaleReceipt(input: SaleReceiptInput): PrintDocument {
  const { sale, outlet, width } = input;
  const b = new DocBuilder(width, `${input.copy ? 'Salinan struk' : 'Struk'} ${sale.receiptNo}`, input.columns);
  if (input.copy) b.center('*** SALINAN / COPY ***', true);
  outletHeader(b, outlet, input.tax.isPkp);
  b.rule();
  b.pair('No', sale.receiptNo);
  b.pair('Waktu', stamp(sale.createdAt, outlet.timeZone));
  b.pair('Kasir', input.cashierName);
  if (sale.status === 'voided') b.center('*** DIBATALKAN / VOID ***', true);
  b.rule();

  for (const line of sale.lines) {
    b.text(line.name);
    const unit = line.soldBy === 'weight' ? 'kg' : line.unit;
    b.pair(`  ${formatQty(line.qtyMilli, line.soldBy)} ${unit} x ${formatRupiah(line.unitPrice)}`, formatRupiah(line.lineTotal));
    if (line.ceilingKind && line.ceilingAmount !== null)
      b.note(`${line.ceilingKind} ${formatRupiah(line.ceilingAmount)}${line.soldBy === 'weight' ? '/kg' : ''}`);
    if (line.buyer) b.note(`NIK ${maskNik(line.buyer.nikLast4)} (${line.buyer.category})`);
  }
  b.rule();
  b.pair('TOTAL', formatRupiah(sale.total), true);
  // Pembulatan of the cash part (docs/domain/payments.md): the buyer sees what was rounded and what was asked.
  if (sale.rounding !== 0) {
    b.pair('Pembulatan', formatRupiah(sale.rounding));
    b.pair('TOTAL BAYAR', formatRupiah(sumRupiah([sale.total, sale.rounding])), true);
  }
  for (const p of sale.payments)
    b.pair(p.reference ? `${PAYMENT_LABEL[p.method]} (${p.reference})` : (PAYMENT_LABEL[p.method] ?? p.method), formatRupiah(p.amount));
  b.pair('Kembali', formatRupiah(sale.change));
  if (input.tax.isPkp) taxLines(b, sale.lines, input.tax.ppnRatePct);
  if (input.memberNo) b.pair('No. anggota', input.memberNo);

  const subsidised = sale.lines.some((l) => l.subsidyProgram === 'LPG3' || l.subsidyProgram === 'SPHP');
  const lpg = sale.lines.some((l) => l.subsidyProgram === 'LPG3');
  if (subsidised || lpg) b.rule();
  if (subsidised) b.center(input.texts.subsidyNotice);
  if (lpg) b.center(input.texts.lpgComplaint);

  b.rule();
  b.center(outlet.footer);
  if (input.qr) b.qr(sale.receiptNo);
  if (input.copy) b.center('*** SALINAN / COPY ***', true);
  b.feed(2);
  const paidCash = sale.payments.some((p) => p.method === 'cash');
  return b.build({ cut: true, openDrawer: paidCash && !input.copy && sale.status === 'completed' });
}

/** Prices are PPN-inclusive: PPN = taxable x rate / (100 + rate), half-up to the rupiah. */
function taxLines(b: DocBuilder, lines: ReceiptLine[], ratePct: string): void {
  const taxable = sumRupiah(lines.filter((l) => l.taxStatus === 'TAXABLE').map((l) => l.lineTotal));
  const ppn = new Dec(taxable).mul(ratePct).div(new Dec(100).add(ratePct)).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
  const other = sumRupiah(lines.filter((l) => l.taxStatus !== 'TAXABLE').map((l) => l.lineTotal));
  b.pair('DPP', formatRupiah(taxable - ppn));
  b.pair(`PPN ${ratePct}% (termasuk)`, formatRupiah(ppn));
  if (other > 0) b.pair('Bebas/tidak dipungut PPN', formatRupiah(other));
}
