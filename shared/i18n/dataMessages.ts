// The database file, the NIK key, settings, backup, restore and the demo seed.
import type { MessageCatalog } from './errorMessages';

export const dataMessages = {
  SETTING_MISSING: { id: 'Pengaturan {key} belum ada untuk tanggal {date}.', en: 'Setting {key} is missing for {date}.' },
  SETTING_INVALID: {
    id: 'Nilai pengaturan {key} tidak sah ({issue}); perbaiki di pengaturan.',
    en: 'Setting {key} has an invalid value ({issue}); correct it in the settings.',
  },
  SETTING_UNKNOWN: { id: 'Pengaturan {key} tidak dikenal.', en: 'Unknown setting {key}.' },
  DB_CANNOT_OPEN: { id: 'Database {file} tidak bisa dibuka.', en: 'Database {file} cannot be opened.' },
  DB_CORRUPT: { id: 'File database rusak atau bukan database Kasir KKMP.', en: 'The database file is damaged or not a Kasir KKMP database.' },
  DB_DISK_FULL: {
    id: 'Disk penuh: transaksi tidak disimpan. Kosongkan ruang disk lalu coba lagi.',
    en: 'Disk full: nothing was saved. Free disk space and try again.',
  },
  DB_READ_ONLY: {
    id: 'Database hanya-baca: tidak ada yang disimpan. Periksa izin file.',
    en: 'The database is read-only: nothing was saved. Check file permissions.',
  },
  DB_BUSY: { id: 'Database sedang dipakai terminal lain. Coba lagi sebentar.', en: 'The database is busy with another terminal. Try again shortly.' },
  DB_IO_ERROR: { id: 'Gagal menulis ke disk: tidak ada yang disimpan.', en: 'Disk write failed: nothing was saved.' },
  DB_NEWER_THAN_APP: {
    id: 'Database dibuat oleh versi aplikasi yang lebih baru ({dbVersion} > {appVersion}). Perbarui aplikasi.',
    en: 'The database is from a newer app version ({dbVersion} > {appVersion}). Update the app.',
  },
  DB_EXISTS: { id: 'Database {file} sudah ada.', en: 'Database {file} already exists.' },
  KEY_FILE_MISSING: { id: 'File kunci {path} tidak ada: data NIK tidak bisa dibaca.', en: 'Key file {path} is missing: NIK data cannot be read.' },
  KEY_FILE_INVALID: { id: 'File kunci {path} tidak valid.', en: 'Key file {path} is invalid.' },
  KEY_SEALED_UNREADABLE: {
    id: 'Kunci data NIK di {path} tidak bisa dibuka oleh akun Windows/Linux ini. Masuk dengan akun yang sama seperti saat pemasangan, atau pulihkan dari cadangan.',
    en: 'The NIK data key in {path} cannot be opened by this Windows/Linux account. Log in as the account that installed the app, or restore from a backup.',
  },
  NIK_CIPHERTEXT_INVALID: {
    id: 'Data NIK tersimpan rusak dan tidak bisa dibaca. Periksa database atau pulihkan dari cadangan.',
    en: 'A stored NIK is damaged and cannot be read. Check the database or restore from a backup.',
  },
  NIK_KEY_MISMATCH: {
    id: 'Data NIK tidak cocok dengan file kunci gerai ini: pakai file kunci yang sama seperti saat data dibuat.',
    en: 'The NIK data does not match this outlet key file: use the key file the data was made with.',
  },
  FILE_EXISTS: { id: 'File {file} sudah ada: tidak ditimpa.', en: 'File {file} already exists: not overwritten.' },
  BACKUP_NOT_VALID: {
    id: 'Cadangan {file} gagal diperiksa ({problems} masalah, pertama: {first}).',
    en: 'Backup {file} failed verification ({problems} problems, first: {first}).',
  },
  BACKUP_FOLDER_MISSING: { id: 'Folder cadangan "{folder}" belum dipilih atau tidak ada.', en: 'Backup folder "{folder}" is not chosen or does not exist.' },
  RESTORE_DB_IN_USE: {
    id: 'Database {file} sedang dipakai. Tutup aplikasi kasir di semua terminal lalu ulangi.',
    en: 'Database {file} is in use. Close the cashier app on every terminal and try again.',
  },
  SEED_DB_NOT_EMPTY: {
    id: 'Database {file} sudah berisi barang: data demo hanya untuk database baru.',
    en: 'Database {file} already has products: the demo goes into a new database only.',
  },
} satisfies MessageCatalog;
