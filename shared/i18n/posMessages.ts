// Words for what the cashier screen itself can report (a scan that is not a product, a typed amount
// it cannot read), next to the core's codes.
import type { MessageCatalog } from './errorMessages';

export const posMessages = {
  SCAN_UNKNOWN: {
    id: 'Kode {code} tidak dikenal. Cari barang dengan nama (F2) atau periksa labelnya.',
    en: 'Code {code} is unknown. Search the product by name (F2) or check its label.',
  },
  SCAN_CHECK_DIGIT: { id: 'Kode {code} salah baca (digit cek). Pindai ulang.', en: 'Code {code} misread (check digit). Scan again.' },
  WEIGHT_INVALID: {
    id: 'Berat tidak valid. Ketik berat dalam gram atau kg, misalnya 1250 atau 1,25.',
    en: 'Invalid weight. Type grams or kg, e.g. 1250 or 1,25.',
  },
  AMOUNT_INVALID: { id: 'Jumlah uang tidak valid. Ketik angka rupiah tanpa koma, misalnya 50000.', en: 'Invalid amount. Type whole rupiah, e.g. 50000.' },
  CART_EMPTY: { id: 'Keranjang masih kosong. Pindai barang dulu.', en: 'The cart is empty. Scan an item first.' },
} satisfies MessageCatalog;
