// Words for replication to the pusat and for the pusat's own refusals: Bahasa Indonesia first.
import type { MessageCatalog } from './errorMessages';

export const syncMessages = {
  SYNC_NOT_ENROLLED: {
    id: 'Gerai ini belum terdaftar di pusat. Minta kode pendaftaran ke dinas lalu jalankan sinkronisasi dengan kode itu.',
    en: 'This outlet is not enrolled with the pusat. Ask the dinas for an enrolment code and sync with it.',
  },
  SYNC_ALREADY_ENROLLED: {
    id: 'Gerai ini sudah terdaftar di pusat (outlet {outletId}).',
    en: 'This outlet is already enrolled with the pusat (outlet {outletId}).',
  },
  SYNC_KEY_MISSING: {
    id: 'Kunci tanda tangan gerai tidak ada di {path}. Tanpa kunci itu pusat tidak menerima kiriman; hubungi dinas untuk pendaftaran ulang.',
    en: 'The outlet signing key is missing at {path}. Without it the pusat accepts nothing; ask the dinas to enrol again.',
  },
  SYNC_KEY_INVALID: { id: 'Kunci tanda tangan gerai di {path} rusak.', en: 'The outlet signing key at {path} is damaged.' },
  SYNC_UNREACHABLE: {
    id: 'Pusat ({url}) tidak dapat dihubungi. Data tetap aman di gerai dan dikirim nanti.',
    en: 'The pusat ({url}) cannot be reached. The data stays safe here and is sent later.',
  },
  SYNC_BAD_RESPONSE: {
    id: 'Jawaban pusat ({url}) tidak dapat dibaca (status {status}).',
    en: 'The pusat ({url}) gave an unreadable answer (status {status}).',
  },
  SYNC_OUTLET_UNKNOWN: { id: 'Pusat tidak mengenal gerai {outletId}.', en: 'The pusat does not know outlet {outletId}.' },
  SYNC_UNSIGNED: {
    id: 'Kiriman gerai {outletId} mulai seq {seq} tidak bertanda tangan dan ditolak.',
    en: 'The batch of outlet {outletId} from seq {seq} is unsigned and was refused.',
  },
  SYNC_SIGNATURE_INVALID: {
    id: 'Tanda tangan kiriman gerai {outletId} mulai seq {seq} tidak cocok: kiriman ditolak.',
    en: 'The signature of the batch of outlet {outletId} from seq {seq} does not match: refused.',
  },
  SYNC_CHAIN_BROKEN: {
    id: 'Rantai audit gerai {outletId} putus pada seq {seq}: kiriman ditolak.',
    en: 'The audit chain of outlet {outletId} breaks at seq {seq}: refused.',
  },
  SYNC_HISTORY_DIVERGED: {
    id: 'Riwayat gerai {outletId} pada seq {seq} berbeda dengan yang sudah diterima pusat (dipulihkan dari cadangan lama?). Kiriman ditolak; daftarkan gerai ulang.',
    en: 'The history of outlet {outletId} at seq {seq} differs from what the pusat holds (restored from an old backup?). Refused; enrol the outlet again.',
  },
  SYNC_JOURNAL_REWOUND: {
    id: 'Jurnal gerai {outletId} mundur atau berubah (kiriman seq {seq}, entri jurnal {journalSeq}): kiriman ditolak. Periksa apakah basis data dipulihkan dari cadangan lama.',
    en: 'The journal of outlet {outletId} went back or changed (batch seq {seq}, journal entry {journalSeq}): refused. Check whether the database was restored from an old backup.',
  },
  SYNC_CERT_MISMATCH: {
    id: 'Sertifikat pusat di {url} bukan yang dicatat saat pendaftaran (sidik jari {shown}, seharusnya {pinned}). Tidak ada yang dikirim; hubungi dinas.',
    en: 'The pusat certificate at {url} is not the one recorded at enrolment (fingerprint {shown}, expected {pinned}). Nothing was sent; contact the dinas.',
  },
  SYNC_CERT_UNTRUSTED: {
    id: 'Sertifikat pusat di {url} tidak dapat diperiksa. Daftarkan gerai dengan --fingerprint sidik jari yang diberikan dinas.',
    en: 'The pusat certificate at {url} cannot be checked. Enrol the outlet with --fingerprint, the fingerprint the dinas gives you.',
  },
  SYNC_REQUEST_STALE: {
    id: 'Jam gerai {outletId} terlalu jauh dari jam pusat. Periksa tanggal dan jam komputer.',
    en: "The clock of outlet {outletId} is too far from the pusat's. Check the computer's date and time.",
  },
  CENTRAL_LOGIN_FAILED: { id: 'Nama pengguna atau kata sandi salah.', en: 'Wrong username or password.' },
  CENTRAL_USERNAME_TAKEN: { id: 'Nama pengguna {username} sudah dipakai.', en: 'The username {username} is taken.' },
  CENTRAL_PASSWORD_SHORT: {
    id: 'Kata sandi minimal 10 karakter (isi KKMP_PUSAT_PASSWORD).',
    en: 'The password needs at least 10 characters (set KKMP_PUSAT_PASSWORD).',
  },
  CENTRAL_KOPERASI_UNKNOWN: { id: 'Koperasi {koperasiId} tidak ada di kota Anda.', en: 'Koperasi {koperasiId} is not in your kota.' },
  CENTRAL_KOPERASI_EXISTS: { id: 'Koperasi {koperasiId} sudah terdaftar.', en: 'Koperasi {koperasiId} is already registered.' },
  CENTRAL_ENROLMENT_CODE_INVALID: {
    id: 'Kode pendaftaran tidak berlaku (salah, sudah dipakai, atau kedaluwarsa).',
    en: 'The enrolment code is not valid (wrong, used, or expired).',
  },
  CENTRAL_PUBLIC_KEY_INVALID: { id: 'Kunci publik gerai tidak valid.', en: 'The outlet public key is invalid.' },
} satisfies MessageCatalog;
