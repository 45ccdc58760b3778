// The books: chart of accounts, journal, period closes.
import type { MessageCatalog } from './errorMessages';

export const booksMessages = {
  BOOKS_UNBALANCED: {
    id: 'Jurnal {docType} {docId} tidak seimbang; transaksi dibatalkan dan tidak ada yang tersimpan.',
    en: 'The journal of {docType} {docId} does not balance; the operation was rolled back and nothing was saved.',
  },
  BOOKS_ACCOUNT_UNKNOWN: { id: 'Akun {code} tidak ada di bagan akun.', en: 'Account {code} is not in the chart of accounts.' },
  BOOKS_ACCOUNT_KIND_REQUIRED: {
    id: 'Akun baru {code} perlu jenisnya (aset, kewajiban, ekuitas, pendapatan, beban).',
    en: 'New account {code} needs its kind (asset, liability, equity, revenue, expense).',
  },
  BOOKS_PERIOD_CLOSED: {
    id: 'Periode sampai {lockedThrough} sudah ditutup; pilih tanggal sesudahnya.',
    en: 'The period up to {lockedThrough} is closed; choose a later date.',
  },
  BOOKS_CLOSE_IN_FUTURE: {
    id: 'Tidak bisa menutup buku sampai {toDate}: tanggal itu belum lewat.',
    en: 'Cannot close the books up to {toDate}: that date has not passed yet.',
  },
  BOOKS_YEAR_CLOSED: { id: 'Tahun buku {year} sudah ditutup.', en: 'The financial year {year} is already closed.' },
  BOOKS_YEAR_NOT_CLOSED: {
    id: 'Tahun buku {year} belum ditutup; tutup buku akhir tahun dulu (kkmp books close --to {year}-12-31).',
    en: 'The financial year {year} is not closed yet; run the year-end close first (kkmp books close --to {year}-12-31).',
  },
  BOOKS_RANGE_INVALID: { id: 'Tanggal awal {from} sesudah tanggal akhir {to}.', en: 'The start date {from} is after the end date {to}.' },
} satisfies MessageCatalog;
