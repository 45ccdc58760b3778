// Opening and closing shifts, and the cash count.
import type { MessageCatalog } from './errorMessages';

export const shiftsMessages = {
  SHIFT_NOT_OPEN: { id: 'Shift belum dibuka. Buka shift dengan modal awal dulu.', en: 'No open shift. Open a shift with a float first.' },
  SHIFT_UNKNOWN: { id: 'Shift tidak ditemukan.', en: 'Shift not found.' },
  SHIFT_ALREADY_OPEN: {
    id: 'Terminal {terminal} masih punya shift terbuka atas nama {username}. Tutup shift itu dulu.',
    en: 'Terminal {terminal} still has an open shift by {username}. Close it first.',
  },
  SHIFT_ALREADY_CLOSED: { id: 'Shift ini sudah ditutup pada {closedAt}.', en: 'This shift was already closed at {closedAt}.' },
  SHIFT_NOT_YOURS: {
    id: 'Shift ini milik {username}; hanya dia atau supervisor yang boleh menutupnya.',
    en: 'This shift belongs to {username}; only they or a supervisor may close it.',
  },
  SHIFT_SALES_UNSENT: {
    id: '{count} penjualan shift ini belum diterima pusat (sejak {since}). Kirim sekarang dan tunggu, atau minta manajer menyetujui penutupan dengan alasan.',
    en: '{count} sales of this shift have not reached the pusat yet (since {since}). Send now and wait, or ask a manager to approve closing with a reason.',
  },
  SHIFT_UNSENT_MANAGER_ONLY: {
    id: '{username} bukan manajer: hanya manajer atau admin yang boleh menutup shift dengan penjualan yang belum terkirim.',
    en: '{username} is not a manager: only a manager or admin may close a shift whose sales are not sent.',
  },
  CASH_DENOMINATION_UNKNOWN: { id: 'Pecahan uang {denomination} tidak dikenal.', en: 'Unknown note or coin {denomination}.' },
} satisfies MessageCatalog;
