// The outlet's QRIS payload and cash rounding (pembulatan).
import type { MessageCatalog } from './errorMessages';

export const paymentsMessages = {
  QRIS_TOO_SHORT: {
    id: 'Teks QRIS terlalu pendek: salin seluruh isi QR statis gerai.',
    en: "The QRIS text is too short: copy the whole of the outlet's static QR.",
  },
  QRIS_TLV_BROKEN: {
    id: 'Teks QRIS rusak di karakter ke-{position}: setiap bagian harus berupa 2 angka tag, 2 angka panjang, lalu isinya.',
    en: 'The QRIS text is broken at character {position}: each part must be a 2-digit tag, a 2-digit length, then its value.',
  },
  QRIS_TLV_TOO_LONG: {
    id: 'Tag {tag} QRIS (karakter ke-{position}) mengaku {length} karakter, tetapi teksnya berakhir lebih dulu: teks terpotong.',
    en: 'QRIS tag {tag} (character {position}) claims {length} characters but the text ends first: it was cut short.',
  },
  QRIS_TAG_MISSING: { id: 'Tag {tag} tidak ada di QRIS.', en: 'Tag {tag} is missing from the QRIS.' },
  QRIS_TAG_WRONG: { id: 'Tag {tag} QRIS salah: seharusnya {want}, tertulis {got}.', en: 'QRIS tag {tag} is wrong: it should be {want}, it says {got}.' },
  QRIS_CRC_WRONG: {
    id: 'Kode periksa (CRC, tag 63) QRIS salah: seharusnya {want}, tertulis {got}. Teks mungkin terpotong atau salah salin.',
    en: 'The QRIS check code (CRC, tag 63) is wrong: it should be {want}, it says {got}. The text may be cut short or mistyped.',
  },
  QRIS_STATIC_HAS_AMOUNT: {
    id: 'QRIS ini sudah memuat nominal (tag 54): masukkan QR statis gerai, bukan QR satu transaksi.',
    en: "This QRIS already carries an amount (tag 54): enter the outlet's static QR, not a one-sale QR.",
  },
  QRIS_NO_MERCHANT_ACCOUNT: {
    id: 'Tidak ada data akun merchant QRIS (tag 26–51 dengan ID.CO.QRIS…).',
    en: 'No QRIS merchant account (tags 26–51 with ID.CO.QRIS…).',
  },
  QRIS_AMOUNT_INVALID: { id: 'Nominal QRIS harus rupiah bulat lebih dari 0.', en: 'The QRIS amount must be whole rupiah above 0.' },
  QRIS_NOT_SET: {
    id: 'QRIS gerai belum diisi. Manajer mengisinya di Kantor → Pembayaran.',
    en: "The outlet's QRIS is not set. A manager enters it under Office → Payments.",
  },
} satisfies MessageCatalog;
