// A QRIS slip for the buyer to scan when the counter's screen faces away: the gerai, the amount in
// large type, the dynamic QR (shared/payments/qris.ts) and the merchant it pays. It is not a struk:
// the sale is recorded only when the kasir confirms the payment with its reference.
import { formatRupiah } from '../money';
import type { QrisMerchant } from '../payments/qris';
import type { PaperWidth, PrintDocument } from './document';
import { DocBuilder } from './layout';

export function buildQrisSlip(input: {
  payload: string;
  amount: number;
  merchant: QrisMerchant;
  outletName: string;
  width: PaperWidth;
  columns?: number;
}): PrintDocument {
  const b = new DocBuilder(input.width, `QRIS ${formatRupiah(input.amount)}`, input.columns);
  b.center(input.outletName, true);
  b.center('BAYAR DENGAN QRIS', true);
  b.rule();
  b.pair('Jumlah', formatRupiah(input.amount), true);
  b.qr(input.payload);
  b.center(input.merchant.name);
  if (input.merchant.nmid) b.center(`NMID ${input.merchant.nmid}`);
  b.rule();
  b.center('Bukan struk. Tunjukkan bukti bayar ke kasir.');
  b.feed(2);
  return b.build({ cut: true });
}
