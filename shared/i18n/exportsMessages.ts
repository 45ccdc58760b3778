// Reports and file exports (kartu stok and the others).
import type { MessageCatalog } from './errorMessages';

export const exportsMessages = {
  PERIOD_INVALID: { id: 'Periode tidak valid: {from} sampai {to}.', en: 'Invalid period: {from} to {to}.' },
  EXPORT_CANCELLED: { id: 'Ekspor dibatalkan.', en: 'Export cancelled.' },
  EXPORT_UNKNOWN: { id: 'Pekerjaan ekspor tidak ditemukan (mungkin sudah kedaluwarsa).', en: 'Export job not found (it may have expired).' },
  EXPORT_NOT_READY: { id: 'Ekspor belum selesai ({status}).', en: 'The export is not finished ({status}).' },
  EXPORT_TOO_LARGE: {
    id: 'File ekspor {megabytes} MB terlalu besar untuk diunduh di sini; gunakan perintah kkmp export.',
    en: 'The export file ({megabytes} MB) is too large to download here; use the kkmp export command.',
  },
} satisfies MessageCatalog;
