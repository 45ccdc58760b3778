// Keeping the outlet's files safe: the journal anchor typed back, the NIK key exported under a
// passphrase and given back at restore, and a data folder the host cannot write.
import type { MessageCatalog } from './errorMessages';

export const vaultMessages = {
  ANCHOR_INVALID: {
    id: 'Jangkar "{text}" tidak dikenali. Ketik baris di bawah "Jangkar jurnal" pada laporan Z (mis. 812:3f9a0c1d2e4b5a69 GI/2026-11-20/37) atau nama file manifest cadangan.',
    en: 'Anchor "{text}" not recognised. Type the line under "Jangkar jurnal" on the Z report (e.g. 812:3f9a0c1d2e4b5a69 GI/2026-11-20/37) or a backup manifest file name.',
  },
  PASSPHRASE_WEAK: {
    id: 'Kata sandi terlalu lemah: minimal {min} karakter dan paling sedikit {words} kata atau campuran huruf dan angka.',
    en: 'Passphrase too weak: at least {min} characters and at least {words} words or a mix of letters and digits.',
  },
  PASSPHRASE_WRONG: {
    id: 'Kata sandi salah untuk file kunci {file}. Tidak ada yang diubah; coba lagi dengan kata sandi saat kunci diekspor.',
    en: 'Wrong passphrase for key file {file}. Nothing was changed; try again with the passphrase used at export.',
  },
  CLI_PASSPHRASES_DIFFER: { id: 'Kedua kata sandi tidak sama. Tidak ada yang ditulis.', en: 'The two passphrases differ. Nothing was written.' },
  KEY_SUBCOMMAND_UNKNOWN: { id: 'Perintah kunci "{what}" tidak dikenal; yang ada: export.', en: 'Unknown key command "{what}"; available: export.' },
  WRAPPED_KEY_INVALID: {
    id: 'File {file} bukan file kunci Kasir KKMP yang diekspor (rusak atau salah file).',
    en: 'File {file} is not an exported Kasir KKMP key file (damaged or the wrong file).',
  },
  RESTORE_KEY_NEEDED: {
    id: 'Kunci data NIK untuk {file} tidak ada di sini. Berikan file kunci yang diekspor (--key-file) dan kata sandinya.',
    en: 'The NIK data key for {file} is not here. Give the exported key file (--key-file) and its passphrase.',
  },
  RESTORE_KEY_MISMATCH: {
    id: 'File kunci {file} bukan kunci cadangan ini: jurnalnya tidak cocok. Tidak ada yang dipulihkan.',
    en: 'Key file {file} is not the key of this backup: its journal does not match. Nothing was restored.',
  },
  DATA_DIR_READ_ONLY: {
    id: 'Folder data {dir} tidak bisa ditulisi (hanya-baca atau izin kurang). Kasir KKMP tidak bisa menyimpan penjualan. Pilih folder lain dengan KKMP_DATA_DIR atau perbaiki izinnya.',
    en: 'Data folder {dir} is not writable (read-only or missing permission). Kasir KKMP cannot save sales. Choose another folder with KKMP_DATA_DIR or fix its permissions.',
  },
} satisfies MessageCatalog;
