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
};
