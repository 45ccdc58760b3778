// Words for the LPG 3 kg, SPHP and Minyakita refusals and warnings: Bahasa Indonesia first.
// The facts come from the error params ({nik4} and {kk4} are already masked: ****1234).
import type { MessageCatalog } from './errorMessages';

export const lpgMessages = {
  LPG_NIK_INVALID: { id: 'NIK tidak valid ({problem}). Periksa 16 angka di KTP.', en: 'Invalid NIK ({problem}). Check the 16 digits on the KTP.' },
  LPG_KK_INVALID: { id: 'Nomor KK tidak valid. Periksa 16 angka di Kartu Keluarga.', en: 'Invalid KK number. Check the 16 digits on the Kartu Keluarga.' },
  LPG_BUYER_REQUIRED: {
    id: 'LPG 3 kg hanya untuk pembeli terdaftar: masukkan NIK pembeli untuk {name}.',
    en: "LPG 3 kg is for registered buyers only: enter the buyer's NIK for {name}.",
  },
  LPG_BUYER_NOT_REGISTERED: {
    id: 'NIK {nik4} belum terdaftar sebagai pembeli LPG 3 kg. Daftarkan dulu dengan KTP dan KK.',
    en: 'NIK {nik4} is not registered as an LPG 3 kg buyer. Register it first with the KTP and KK.',
  },
  LPG_BUYER_UNKNOWN: { id: 'Pembeli LPG tidak ditemukan.', en: 'LPG buyer not found.' },
  LPG_BUYER_EXISTS: { id: 'NIK {nik4} sudah terdaftar.', en: 'NIK {nik4} is already registered.' },
  LPG_BUYER_BLOCKED: {
    id: 'Pembeli dengan NIK {nik4} diblokir dan tidak boleh membeli LPG 3 kg.',
    en: 'The buyer with NIK {nik4} is blocked from buying LPG 3 kg.',
  },
  LPG_BUYER_PENGECER: {
    id: 'NIK {nik4} tercatat sebagai pengecer: LPG 3 kg tidak boleh dijual ke pengecer.',
    en: 'NIK {nik4} is recorded as a retailer: LPG 3 kg may not be sold to retailers.',
  },
  LPG_NIB_REQUIRED: { id: 'Usaha mikro wajib punya NIB untuk membeli LPG 3 kg.', en: 'A micro business needs an NIB to buy LPG 3 kg.' },
  LPG_NIB_INVALID: { id: 'NIB harus 13 angka.', en: 'An NIB is 13 digits.' },
  LPG_BUSINESS_CATEGORY_UNKNOWN: {
    id: 'Kategori usaha "{code}" tidak ada di daftar kategori usaha.',
    en: 'Business category "{code}" is not on the list of business categories.',
  },
  LPG_BUSINESS_PROHIBITED: {
    id: 'Jenis usaha "{businessType}" ({rule}) tidak boleh memakai LPG 3 kg.',
    en: 'Business type "{businessType}" ({rule}) may not use LPG 3 kg.',
  },
  LPG_CATEGORY_IMPORT_ONLY: {
    id: 'Kategori {category} tidak bisa didaftarkan di kasir: datanya berasal dari pemerintah (impor).',
    en: 'Category {category} cannot be registered at the counter: it comes from government data (import).',
  },
  LPG_CATEGORY_UNKNOWN: { id: 'Kategori "{category}" tidak dikenal.', en: 'Unknown category "{category}".' },
  LPG_NAME_REQUIRED: { id: 'Nama pembeli wajib diisi.', en: "The buyer's name is required." },
  LPG_IMPORT_CSV_INVALID: { id: 'File CSV tidak bisa dibaca: {message}', en: 'The CSV file cannot be read: {message}' },
  LPG_KK_ALREADY_REGISTERED: {
    id: 'Perhatian: sudah ada {count} NIK lain dari KK {kk4} yang terdaftar.',
    en: 'Note: {count} other NIK(s) of KK {kk4} are already registered.',
  },
  LPG_TX_LIMIT: {
    id: 'Maksimal {limit} tabung per transaksi untuk {category} (diminta {requested}).',
    en: 'At most {limit} tabung per transaction for {category} ({requested} asked).',
  },
  LPG_NIK_DAY_LIMIT: {
    id: 'Sudah {used} dari {limit} tabung hari ini untuk NIK {nik4} (diminta {requested}).',
    en: 'Already {used} of {limit} tabung today for NIK {nik4} ({requested} asked).',
  },
  LPG_NIK_DAY_TRANSACTIONS: {
    id: 'NIK {nik4} sudah {used} kali membeli hari ini (batas {limit} kali sehari).',
    en: 'NIK {nik4} already bought {used} time(s) today (limit {limit} a day).',
  },
  LPG_NIK_MONTH_LIMIT: {
    id: 'Sudah {used} dari {limit} tabung bulan ini untuk NIK {nik4} (diminta {requested}).',
    en: 'Already {used} of {limit} tabung this month for NIK {nik4} ({requested} asked).',
  },
  LPG_KK_MONTH_LIMIT: {
    id: 'Sudah {used} dari {limit} tabung bulan ini untuk KK {kk4} (diminta {requested}).',
    en: 'Already {used} of {limit} tabung this month for KK {kk4} ({requested} asked).',
  },
  LPG_STOCK_EMPTY: {
    id: 'Stok tabung {name} yang dapat dijual kosong ({onHand} ada, diminta {requested}). Lakukan penebusan dulu.',
    en: 'No sellable stock of {name} ({onHand} on hand, {requested} asked). Restock (penebusan) first.',
  },
  LPG_NO_EMPTY_RETURNED: { id: 'Isi ulang tanpa tabung kosong dikembalikan ({qty} tabung).', en: 'Refill without an empty cylinder returned ({qty} tabung).' },
  LPG_EMPTY_PRODUCT_MISSING: {
    id: 'Barang "tabung kosong" belum dibuat, tabung kosong tidak bisa dicatat.',
    en: 'No "empty cylinder" product exists, so the empty cannot be recorded.',
  },
  LPG_PROFILE_UNKNOWN: { id: 'Profil aturan {profile} tidak ada.', en: 'Rule profile {profile} does not exist.' },
  LPG_PROFILE_DATE_PAST: {
    id: 'Profil aturan hanya bisa berlaku mulai hari ini ({today}) atau sesudahnya.',
    en: 'A rule profile can only start today ({today}) or later.',
  },
  LPG_LINE_UNKNOWN: { id: 'Baris LPG tidak ditemukan di transaksi ini.', en: 'LPG line not found in this sale.' },
  LPG_MAP_REF_REQUIRED: { id: 'Status MAP {status} perlu nomor referensi MAP.', en: 'MAP status {status} needs the MAP reference.' },
  LPG_MAP_PENDING: {
    id: 'Masih ada {pending} transaksi LPG tanggal {date} yang belum dicatat di MAP. Catat dulu, atau manajer isi alasan.',
    en: '{pending} LPG sale(s) of {date} are still pending in MAP. Record them, or a manager gives a reason.',
  },
  LPG_DAY_ALREADY_CLOSED: { id: 'Hari {date} sudah ditutup untuk LPG.', en: 'The LPG day {date} is already closed.' },
  LPG_FULL_NIK_MANAGER_ONLY: { id: 'NIK lengkap hanya untuk manajer atau admin.', en: 'Full NIKs are for managers and admins only.' },
  SPHP_MAX_PACKS: {
    id: 'Beras SPHP maksimal {limit} kemasan per transaksi (diminta {requested}).',
    en: 'Beras SPHP: at most {limit} packs per transaction ({requested} asked).',
  },
  SPHP_DAY_LIMIT: {
    id: 'Pembeli ini sudah membeli {used} dari {limit} kemasan SPHP hari ini (diminta {requested}).',
    en: 'This buyer already bought {used} of {limit} SPHP packs today ({requested} asked).',
  },
  SPHP_PACK_SPLIT: { id: 'Beras SPHP {name} tidak boleh dipecah: jual per kemasan utuh.', en: 'Beras SPHP {name} cannot be split: sell whole packs only.' },
  MINYAKITA_ABOVE_HET: {
    id: 'Harga Minyakita {name} {price} di atas HET {het} untuk ukuran kemasannya.',
    en: 'Minyakita {name} at {price} is above the HET {het} for its pack size.',
  },
  MINYAKITA_BUNDLED: {
    id: 'Minyakita {name} tidak boleh dijual dalam paket/bundling atau promo bersyarat.',
    en: 'Minyakita {name} may not be sold in a bundle or conditional promo.',
  },
  MINYAKITA_DAY_LIMIT: {
    id: 'Pembeli ini sudah membeli {used} dari {limit} liter Minyakita hari ini (diminta {requested}).',
    en: 'This buyer already bought {used} of {limit} litres of Minyakita today ({requested} asked).',
  },
} satisfies MessageCatalog;
