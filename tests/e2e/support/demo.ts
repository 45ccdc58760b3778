// The demo outlet's barcodes and people, as the e2e tests scan and log in with them.
import { gs1CheckDigit } from '../../../shared/barcode';

/** EAN-13 as printed on the pack (the demo uses GS1 prefix 899 + a 9-digit item). */
export function demoEan(item: string): string {
  const data = `899${item.padStart(9, '0')}`;
  return `${data}${gs1CheckDigit(data)}`;
}

/** Baznas's published static QRIS (CRC A402), as in tests/unit/qris.test.ts: the walk's outlet takes it. */
export const PUBLISHED_QRIS =
  '00020101021126550016ID.CO.SHOPEE.WWW01189360091800000000180202180303UBE51440014ID.CO.QRIS.WWW0215ID20190022915550303UBE5204839853033605802ID5906Baznas6013Jakarta Pusat61051034062070703A016304A402';

export const DEMO = {
  beras: demoEan('100001'), // Beras SPHP 5 kg, Rp65.500
  minyak: demoEan('100002'), // Minyakita 1 L, Rp15.700
  gula: demoEan('100003'), // Gula pasir 1 kg, Rp17.000
  tepung: demoEan('100004'), // Tepung terigu 1 kg, Rp12.000
  kasir: { username: 'kasir', pin: '1111' },
  manajer: { username: 'manajer', pin: '222222' },
  admin: { username: 'admin', pin: '123456' },
};
