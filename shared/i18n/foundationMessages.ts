import type { MessageCatalog } from './errorMessages';

// Shifts, the counter catalog, voids and returns, verify / backup / restore.
export const foundationMessages: MessageCatalog = {
  SHIFT_UNKNOWN: { id: 'Shift tidak ditemukan.', en: 'Shift not found.' },
  SHIFT_ALREADY_OPEN: { id: 'Terminal {terminal} masih punya shift terbuka atas nama {username}. Tutup shift itu dulu.', en: 'Terminal {terminal} still has an open shift by {username}. Close it first.' },
  SHIFT_ALREADY_CLOSED: { id: 'Shift ini sudah ditutup pada {closedAt}.', en: 'This shift was already closed at {closedAt}.' },
  SHIFT_NOT_YOURS: { id: 'Shift ini milik {username}; hanya dia atau supervisor yang boleh menutupnya.', en: 'This shift belongs to {username}; only they or a supervisor may close it.' },
  CASH_DENOMINATION_UNKNOWN: { id: 'Pecahan uang {denomination} tidak dikenal.', en: 'Unknown note or coin {denomination}.' },
  SCAN_INVALID: { id: 'Kode tidak terbaca ({reason}). Pindai ulang atau ketik kodenya.', en: 'Code not readable ({reason}). Scan again or type the code.' },
  CATALOG_NOT_FOUND: { id: 'Barang dengan kode {code} tidak ditemukan.', en: 'No product with code {code}.' },
  SALE_ALREADY_VOIDED: { id: 'Transaksi {receiptNo} sudah dibatalkan.', en: 'Sale {receiptNo} is already voided.' },
  SALE_VOIDED: { id: 'Transaksi {receiptNo} sudah dibatalkan: tidak ada yang bisa diretur.', en: 'Sale {receiptNo} was voided: nothing to return.' },
  SALE_HAS_RETURNS: { id: 'Transaksi {receiptNo} sudah punya retur: batalkan tidak bisa, retur sisa barangnya saja.', en: 'Sale {receiptNo} already has returns: it cannot be voided; return the remaining items instead.' },
  RETURN_LINE_UNKNOWN: { id: 'Baris {lineNo} tidak ada di transaksi {receiptNo}.', en: 'Line {lineNo} is not on sale {receiptNo}.' },
  RETURN_LINE_DUPLICATE: { id: 'Baris {lineNo} disebut dua kali dalam retur.', en: 'Line {lineNo} appears twice in the return.' },
  RETURN_QTY_EXCEEDS: { id: 'Retur {name} melebihi sisa yang bisa diretur: {left} {unit}.', en: 'Return of {name} exceeds what is left to return: {left} {unit}.' },
  FILE_EXISTS: { id: 'File {file} sudah ada: tidak ditimpa.', en: 'File {file} already exists: not overwritten.' },
  BACKUP_NOT_VALID: { id: 'Cadangan {file} gagal diperiksa ({problems} masalah, pertama: {first}).', en: 'Backup {file} failed verification ({problems} problems, first: {first}).' },
  RESTORE_DB_IN_USE: { id: 'Database {file} sedang dipakai. Tutup aplikasi kasir di semua terminal lalu ulangi.', en: 'Database {file} is in use. Close the cashier app on every terminal and try again.' },
  SEED_DB_NOT_EMPTY: { id: 'Database {file} sudah berisi barang: data demo hanya untuk database baru.', en: 'Database {file} already has products: the demo goes into a new database only.' },
  CLI_FLAG_INVALID: { id: 'Nilai {value} tidak valid untuk {flag}.', en: 'Invalid value {value} for {flag}.' },
};
