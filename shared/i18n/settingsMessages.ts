// The rules editor: why a change to a setting was refused.
import type { MessageCatalog } from './errorMessages';

export const settingsMessages = {
  // {problem} is made from the refusal's rule in the reader's language (shared/i18n/validation.ts).
  SETTING_VALUE_REFUSED: { id: 'Nilai untuk {key} ditolak: {problem}.', en: 'The value for {key} was refused: {problem}.' },
  SETTING_READ_ONLY: {
    id: '{key} ditetapkan oleh {source}, bukan oleh koperasi; nilainya hanya bisa dilihat di sini.',
    en: '{key} is set by {source}, not by the koperasi; it can only be viewed here.',
  },
  SETTING_PAST_DATE: {
    id: 'Perubahan {key} tidak bisa berlaku mundur ({validFrom}); pilih hari ini ({today}) atau sesudahnya.',
    en: 'A change to {key} cannot apply to the past ({validFrom}); choose today ({today}) or later.',
  },
  SETTING_FROM_TODAY_ONLY: {
    id: '{key} tidak berlaku per tanggal: perubahannya berlaku mulai hari ini ({today}).',
    en: '{key} is not effective-dated: a change applies from today ({today}).',
  },
  SHU_ALLOCATION_SUM: {
    id: 'Pembagian SHU harus berjumlah 100 %; yang diisi berjumlah {total} %.',
    en: 'The SHU shares must add up to 100 %; these add up to {total} %.',
  },
  SETTING_PKP_NEEDS_NPWP: {
    id: 'Koperasi PKP wajib mencantumkan NPWP di struk: isi NPWP (berlaku mulai {validFrom}) lebih dulu.',
    en: 'A PKP koperasi must print its NPWP on receipts: enter the NPWP (in force from {validFrom}) first.',
  },
  SETTING_NPWP_INVALID: { id: 'NPWP harus 15 atau 16 angka (titik dan strip boleh).', en: 'An NPWP has 15 or 16 digits (dots and dashes allowed).' },
} satisfies MessageCatalog;
