// Importing past sales from another system (kkmp import-sales).
import type { MessageCatalog } from './errorMessages';

export const salesImportMessages = {
  IMPORT_RECORD_INVALID: { id: 'Baris {line} tidak valid pada "{path}": {message}.', en: 'Line {line} is invalid at "{path}": {message}.' },
  IMPORT_PRODUCT_UNKNOWN: {
    id: 'Barang {ref} tidak ada di katalog; tambahkan dulu lalu ulangi impor.',
    en: 'Product {ref} is not in the catalog; add it and run the import again.',
  },
  IMPORT_MEMBER_UNKNOWN: { id: 'Anggota {memberNo} tidak terdaftar.', en: 'Member {memberNo} is not registered.' },
  IMPORT_TOTAL_MISMATCH: {
    id: 'Total penjualan {saleId} berbeda: di berkas {fileTotal}, dihitung {total}. Periksa harga pada tanggal itu.',
    en: 'Sale {saleId} total differs: file {fileTotal}, computed {total}. Check the prices in force on that date.',
  },
  IMPORT_FILE_MISSING: { id: 'Berkas {file} tidak ditemukan.', en: 'File {file} not found.' },
  IMPORT_USER_NOT_MANAGER: {
    id: 'Impor harus atas nama manajer atau admin; {username} bukan.',
    en: 'An import must run as a manager or admin; {username} is not.',
  },
} satisfies MessageCatalog;
