// Words for the members, simpanan and SHU error codes: Bahasa Indonesia first, English second.
import type { MessageCatalog } from './errorMessages';

export const membersMessages = {
  MEMBER_UNKNOWN: { id: 'Anggota tidak ditemukan.', en: 'Member not found.' },
  MEMBER_NOT_ACTIVE: { id: 'Anggota sudah tidak aktif.', en: 'Member is no longer active.' },
  SHU_ALLOCATION_NOT_100: {
    id: 'Pembagian SHU harus berjumlah tepat 100 %, sekarang {sum} %.',
    en: 'The SHU allocation must add up to exactly 100 %, it is {sum} %.',
  },
  SHU_PERCENT_INVALID: {
    id: 'Persentase {what} tidak valid: "{value}" (0 sampai 100, paling banyak 4 desimal).',
    en: 'Percentage {what} is invalid: "{value}" (0 to 100, at most 4 decimals).',
  },
  SHU_AMOUNT_INVALID: {
    id: 'Nilai {what} harus rupiah bulat, tidak negatif (sekarang {value}).',
    en: '{what} must be whole rupiah, not negative (got {value}).',
  },
  SHU_MEMBER_DUPLICATE: { id: 'Nomor anggota {memberNo} muncul dua kali.', en: 'Member number {memberNo} appears twice.' },
  SHU_RUN_UNKNOWN: { id: 'Perhitungan SHU tidak ditemukan.', en: 'SHU run not found.' },
  SHU_RUN_FROZEN: {
    id: 'Perhitungan SHU tahun {year} sudah disetujui dan dibekukan: tidak bisa diubah.',
    en: 'The SHU run of {year} is approved and frozen: it cannot change.',
  },
  SHU_YEAR_APPROVED: { id: 'SHU tahun {year} sudah punya perhitungan yang disetujui.', en: 'The SHU of {year} already has an approved run.' },
  SHU_RUN_NOT_APPROVED: {
    id: 'SHU tahun {year} belum disetujui: pembayaran belum boleh dicatat.',
    en: 'The SHU of {year} is not approved yet: payouts cannot be recorded.',
  },
  SHU_ALREADY_PAID: { id: 'SHU anggota {memberNo} sudah dibayarkan.', en: 'The SHU of member {memberNo} has already been paid.' },
  MEMBER_NAME_REQUIRED: { id: 'Nama anggota wajib diisi.', en: 'The member name is required.' },
  MEMBER_DATE_INVALID: { id: 'Tanggal "{value}" tidak valid (format TTTT-BB-HH).', en: 'Date "{value}" is invalid (format YYYY-MM-DD).' },
  MEMBER_NO_INVALID: {
    id: 'Nomor anggota "{memberNo}" tidak valid (huruf, angka, . / -).',
    en: 'Member number "{memberNo}" is invalid (letters, digits, . / -).',
  },
  MEMBER_NO_TAKEN: { id: 'Nomor anggota {memberNo} sudah dipakai.', en: 'Member number {memberNo} is already taken.' },
  MEMBER_NIK_INVALID: { id: 'NIK tidak valid ({problem}).', en: 'The NIK is invalid ({problem}).' },
  MEMBER_NIK_TAKEN: { id: 'NIK ****{nik4} sudah terdaftar sebagai anggota.', en: 'NIK ****{nik4} is already registered as a member.' },
  MEMBER_KK_INVALID: { id: 'Nomor KK harus 16 angka dengan kode provinsi yang benar.', en: 'A KK number is 16 digits with a valid province code.' },
  MEMBER_PHONE_INVALID: { id: 'Nomor telepon "{phone}" tidak valid.', en: 'Phone number "{phone}" is invalid.' },
  MEMBER_RT_RW_INVALID: { id: 'RT/RW "{value}" harus angka (paling banyak 3 digit).', en: 'RT/RW "{value}" must be a number (at most 3 digits).' },
  MEMBER_CARD_INVALID: {
    id: 'Kode kartu "{cardCode}" tidak valid (4-40 huruf, angka atau -).',
    en: 'Card code "{cardCode}" is invalid (4-40 letters, digits or -).',
  },
  MEMBER_CARD_TAKEN: { id: 'Kode kartu {cardCode} sudah dipakai anggota lain.', en: 'Card code {cardCode} is used by another member.' },
  MEMBER_LEAVE_BEFORE_JOIN: {
    id: 'Tanggal keluar {leaveDate} sebelum tanggal masuk {joinDate}.',
    en: 'Leave date {leaveDate} is before the join date {joinDate}.',
  },
  SIMPANAN_POKOK_PAID: {
    id: 'Simpanan pokok anggota {memberNo} sudah dibayar (hanya sekali).',
    en: 'Member {memberNo} has already paid simpanan pokok (once only).',
  },
  SIMPANAN_AMOUNT_REQUIRED: { id: 'Jumlah simpanan sukarela wajib diisi.', en: 'Enter the amount of simpanan sukarela.' },
  SIMPANAN_WITHDRAW_ONLY_ON_LEAVE: {
    id: 'Simpanan {kind} hanya bisa diambil saat anggota keluar.',
    en: 'Simpanan {kind} can only be withdrawn when the member leaves.',
  },
  SIMPANAN_BALANCE_SHORT: {
    id: 'Saldo simpanan {kind} hanya {availableAmount}, tidak cukup untuk penarikan {amount}.',
    en: 'The simpanan {kind} balance is only {availableAmount}, not enough to withdraw {amount}.',
  },
  IMPORT_FILE_INVALID: { id: 'File tidak bisa dibaca sebagai {format}.', en: 'The file cannot be read as {format}.' },
  IMPORT_HEADER_MISSING: { id: 'Kolom wajib "{column}" tidak ada di baris judul.', en: 'Required column "{column}" is missing from the header row.' },
  IMPORT_ROWS_INVALID: {
    id: '{count} baris tidak valid: tidak ada yang diimpor. Perbaiki baris tersebut atau impor baris yang valid saja.',
    en: '{count} rows are invalid: nothing was imported. Fix them or import the valid rows only.',
  },
  IMPORT_NUMBER_NOT_TEXT: {
    id: 'Kolom {field} tersimpan sebagai angka di Excel: 16 digit terpotong. Format kolom sebagai teks lalu ketik ulang.',
    en: 'Column {field} is stored as a number in Excel: 16 digits get cut. Format the column as text and type it again.',
  },
} satisfies MessageCatalog;
