// How the counter takes money: cash rounding (pembulatan) and the outlet's static QRIS.
import { z } from 'zod';
import { def, OUTLET_CHOICE, regulation } from './define';

export const CashRoundingRule = z.strictObject({
  unit: z.union([z.literal(0), z.literal(100), z.literal(500), z.literal(1000)]),
  mode: z.enum(['nearest', 'down']),
});

export const paymentsSettings = {
  'pos.cash_rounding': def(
    CashRoundingRule,
    { unit: 0, mode: 'down' },
    'Pembulatan pembayaran tunai: tanpa, Rp100, Rp500 atau Rp1.000; ke bawah (untung pembeli) atau terdekat (setengah ke bawah).',
    'Cash payment rounding: none, Rp100, Rp500 or Rp1,000; down (in the buyer’s favour) or nearest (halves down).',
    regulation('Permendag 35/2013 Ps. 6 ayat 3; UU 8/1999 Ps. 4'),
    true,
  ),
  'qris.merchant_payload': def(
    // Empty: the gerai has no QRIS yet. The payload's own rules are checked where it is saved
    // (shared/payments/qris.ts), so a stored value is always a valid static QRIS.
    z.string().max(512),
    '',
    'Isi QR statis QRIS gerai (dari bank/PJP), dasar QR dinamis di kasir.',
    "The outlet's static QRIS payload (from its bank/PJP), the base of the counter's dynamic QR.",
    OUTLET_CHOICE,
    false,
  ),
};
