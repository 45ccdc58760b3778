// Stock: adjustments, deliveries (Bulog, LPG agent) and stock counts (opname).
import type { MessageCatalog } from './errorMessages';

export const stockMessages = {
  ADJUST_MUST_REDUCE: {
    id: 'Penyesuaian karena {reason} harus mengurangi stok (jumlah negatif).',
    en: 'An adjustment for {reason} must reduce stock (negative quantity).',
  },
  DELIVERY_UNKNOWN: { id: 'Dokumen penerimaan tidak ditemukan.', en: 'Delivery not found.' },
  DELIVERY_NOT_DRAFT: { id: 'Dokumen penerimaan sudah {status}; tidak bisa diubah lagi.', en: 'The delivery is already {status}; it cannot be changed.' },
  DELIVERY_LINE_UNKNOWN: { id: 'Baris {lineNo} tidak ada di dokumen ini.', en: 'Line {lineNo} is not on this delivery.' },
  DELIVERY_REASON_REQUIRED: {
    id: '{sku}: jumlah berbeda dari dokumen atau ada yang rusak; isi alasannya.',
    en: '{sku}: the count differs from the document or some is damaged; give a reason.',
  },
  DELIVERY_DAMAGED_OVER_COUNTED: {
    id: '{sku}: jumlah rusak tidak boleh lebih dari jumlah yang dihitung.',
    en: '{sku}: damaged cannot exceed the counted quantity.',
  },
  DELIVERY_NOT_COUNTED: { id: '{sku} (baris {lineNo}) belum dihitung.', en: '{sku} (line {lineNo}) has not been counted.' },
  KLIK_SPHP_REF_REQUIRED: {
    id: 'Penerimaan beras SPHP ({sku}) wajib mencantumkan nomor pesanan Klik SPHP.',
    en: 'A receipt of SPHP rice ({sku}) needs the Klik SPHP order reference.',
  },
  EMPTIES_PRODUCT_INVALID: { id: '{sku} bukan barang tabung kosong.', en: '{sku} is not an empty-cylinder product.' },
  EMPTIES_PRODUCT_MISSING: {
    id: 'Barang "tabung kosong" LPG belum ada (atau lebih dari satu: {found}); pilih barangnya.',
    en: 'No single empty LPG cylinder product ({found} found); choose it.',
  },
  OPNAME_UNKNOWN: { id: 'Stok opname tidak ditemukan.', en: 'Stock count not found.' },
  OPNAME_CLOSED: { id: 'Stok opname sudah {status}; tidak bisa diubah.', en: 'The stock count is already {status}; it cannot be changed.' },
  OPNAME_NOT_COUNTED: {
    id: '{missing} barang belum dihitung (mis. {sku}). Hitung dulu, atau setujui dengan yang belum dihitung dianggap 0.',
    en: '{missing} products are not counted yet (e.g. {sku}). Count them, or approve with uncounted as 0.',
  },
  OPNAME_REASON_REQUIRED: {
    id: 'Selisih {skus} lebih dari {threshold} rupiah: isi alasannya dulu ({missing} baris).',
    en: 'The difference of {skus} is worth more than {threshold} rupiah: give a reason first ({missing} lines).',
  },
  OPNAME_MANAGER_PIN: {
    id: 'Posting stok opname perlu PIN manajer; {username} bukan manajer.',
    en: 'Posting a stock count needs a manager PIN; {username} is not a manager.',
  },
  OPNAME_NOTHING_TO_POST: { id: 'Belum ada barang yang dihitung untuk diposting.', en: 'Nothing counted yet to post.' },
  OPNAME_LINE_POSTED: { id: 'Hitungan {sku} sudah diposting; tidak bisa diubah lagi.', en: 'The count of {sku} is already posted; it cannot change.' },
  OPNAME_PRODUCT_NOT_IN_COUNT: { id: '{sku} tidak termasuk dalam stok opname ini.', en: '{sku} is not part of this count.' },
  SALES_FROZEN_OPNAME: {
    id: 'Penjualan dihentikan sementara: stok opname "{title}" sedang berjalan.',
    en: 'Sales are paused: stock count "{title}" is in progress.',
  },
} satisfies MessageCatalog;
