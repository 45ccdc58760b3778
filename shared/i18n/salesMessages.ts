// Committing a sale, and voiding or returning one.
import type { MessageCatalog } from './errorMessages';

export const salesMessages = {
  PRODUCT_UNKNOWN: { id: 'Barang tidak ditemukan atau tidak aktif.', en: 'Product not found or inactive.' },
  QTY_INVALID: { id: 'Jumlah tidak valid.', en: 'Invalid quantity.' },
  QTY_NOT_WHOLE: { id: '{sku} dijual per buah: jumlah harus bilangan bulat.', en: '{sku} is sold by the piece: quantity must be whole.' },
  PRICE_MISSING: { id: 'Harga {name} belum diatur.', en: 'No price set for {name}.' },
  PRICE_ABOVE_HET: {
    id: 'Harga {name} {price} di atas HET {het}. Tidak boleh dijual di atas HET.',
    en: 'Price of {name} {price} is above the HET ceiling {het}. It cannot be sold above HET.',
  },
  PRICE_ABOVE_HAP: {
    id: 'Harga {name} {price} di atas HAP {hap} (harga acuan). Perlu persetujuan supervisor.',
    en: 'Price of {name} {price} is above the reference price (HAP) {hap}. A supervisor must approve.',
  },
  STOCK_INSUFFICIENT: { id: 'Stok tidak cukup.', en: 'Not enough stock.' },
  PAYMENT_SHORT: { id: 'Pembayaran kurang {short} (total {total}, dibayar {paid}).', en: 'Payment is {short} short (total {total}, paid {paid}).' },
  PAYMENT_NONCASH_OVER: {
    id: 'Pembayaran non-tunai {nonCash} melebihi total {total}; kembalian hanya dari tunai.',
    en: 'Non-cash payment {nonCash} exceeds the total {total}; change comes from cash only.',
  },
  PAYMENT_REFERENCE_REQUIRED: { id: 'Pembayaran {method} perlu nomor referensi.', en: 'A {method} payment needs a reference number.' },
  SALE_ID_REUSED: { id: 'Nomor transaksi sudah dipakai untuk keranjang lain.', en: 'This sale id was already used for a different cart.' },
  SALE_UNKNOWN: { id: 'Transaksi tidak ditemukan.', en: 'Sale not found.' },
  SALE_ALREADY_VOIDED: { id: 'Transaksi {receiptNo} sudah dibatalkan.', en: 'Sale {receiptNo} is already voided.' },
  SALE_VOIDED: { id: 'Transaksi {receiptNo} sudah dibatalkan: tidak ada yang bisa diretur.', en: 'Sale {receiptNo} was voided: nothing to return.' },
  SALE_HAS_RETURNS: {
    id: 'Transaksi {receiptNo} sudah punya retur: batalkan tidak bisa, retur sisa barangnya saja.',
    en: 'Sale {receiptNo} already has returns: it cannot be voided; return the remaining items instead.',
  },
  RETURN_LINE_UNKNOWN: { id: 'Baris {lineNo} tidak ada di transaksi {receiptNo}.', en: 'Line {lineNo} is not on sale {receiptNo}.' },
  RETURN_LINE_DUPLICATE: { id: 'Baris {lineNo} disebut dua kali dalam retur.', en: 'Line {lineNo} appears twice in the return.' },
  RETURN_QTY_EXCEEDS: {
    id: 'Retur {name} melebihi sisa yang bisa diretur: {left} {unit}.',
    en: 'Return of {name} exceeds what is left to return: {left} {unit}.',
  },
} satisfies MessageCatalog;
