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
  KAS_APPROVAL_REQUIRED: {
    id: 'Kas masuk/keluar di atas {amount} perlu PIN supervisor. Minta supervisor memasukkan nama pengguna dan PIN-nya.',
    en: 'Cash in/out above {amount} needs a supervisor PIN. Ask a supervisor to enter their username and PIN.',
  },
  KAS_CATEGORY_INVALID: {
    id: 'Kategori {code} tidak bisa dipakai di buku kas; pilih akun pendapatan atau beban dari daftar.',
    en: 'Category {code} cannot be used in the cash book; pick a revenue or expense account from the list.',
  },
  KAS_PHOTO_TOO_LARGE: {
    id: 'Foto nota lebih dari {maxKb} KB. Perkecil fotonya lalu coba lagi; catatan lain tidak hilang.',
    en: 'The receipt photo is larger than {maxKb} KB. Make it smaller and try again; nothing else is lost.',
  },
  KAS_PHOTO_TYPE: {
    id: 'Berkas foto nota bukan gambar {mime} yang sah. Pilih foto JPEG, PNG atau WebP.',
    en: 'The receipt photo file is not a valid {mime} image. Choose a JPEG, PNG or WebP photo.',
  },
  KAS_PHOTO_NONE: { id: 'Catatan kas ini tidak punya foto nota.', en: 'This cash entry has no receipt photo.' },
  OPENING_ACCOUNT_UNKNOWN: {
    id: 'Akun "{code}" tidak ada (atau tidak aktif) di bagan akun.',
    en: 'Account "{code}" is not in the chart of accounts (or is inactive).',
  },
  OPENING_INVENTORY: {
    id: 'Akun persediaan {code} tidak diisi lewat saldo awal: masukkan stok awal sebagai penerimaan barang, supaya buku sama dengan kartu stok.',
    en: 'Inventory account {code} is not set by opening balances: enter opening stock as a goods receipt, so the books equal the stock ledger.',
  },
  OPENING_DUPLICATE: { id: 'Akun {code} sudah ada di baris {first}.', en: 'Account {code} is already on row {first}.' },
  OPENING_AMOUNT_INVALID: {
    id: '"{value}" bukan jumlah rupiah bulat (contoh: 1500000 atau 1.500.000).',
    en: '"{value}" is not a whole rupiah amount (e.g. 1500000 or 1.500.000).',
  },
  OPENING_ONE_SIDE: { id: 'Akun {code}: isi debit atau kredit, salah satu saja.', en: 'Account {code}: fill in debit or credit, exactly one.' },
  OPENING_EMPTY: { id: 'Berkas tidak berisi baris saldo.', en: 'The file has no balance rows.' },
  OPENING_ROWS_BAD: {
    id: '{count} baris bermasalah; tidak ada yang disimpan. Perbaiki baris yang disebut lalu impor lagi.',
    en: '{count} rows have problems; nothing was saved. Fix the rows named and import again.',
  },
  OPENING_UNBALANCED: {
    id: 'Saldo awal tidak seimbang: debit {debitAmount}, kredit {creditAmount}. Tidak ada yang disimpan.',
    en: 'The opening balances do not balance: debit {debitAmount}, credit {creditAmount}. Nothing was saved.',
  },
  OPENING_DONE: {
    id: 'Saldo awal sudah diimpor per {date}; koreksi dicatat sebagai jurnal pembalik, bukan impor kedua.',
    en: 'Opening balances were already imported as of {date}; corrections are reversing entries, not a second import.',
  },
} satisfies MessageCatalog;
