import type { MessageCatalog } from './errorMessages';

// The door: the HTTP host's checks, the setup code, PIN back-off and LAN pairing.
export const doorMessages: MessageCatalog = {
  HOST_NOT_ALLOWED: {
    id: 'Alamat server ini tidak dikenal. Buka Kasir KKMP dengan alamat yang ditampilkan saat server dijalankan.',
    en: 'Unknown server address. Open Kasir KKMP at the address shown when the server started.',
  },
  ORIGIN_NOT_ALLOWED: {
    id: 'Permintaan ditolak: datang dari halaman lain, bukan dari Kasir KKMP.',
    en: 'Request refused: it came from another web page, not from Kasir KKMP.',
  },
  CONTENT_TYPE_UNSUPPORTED: { id: 'Permintaan ditolak: data harus berformat JSON.', en: 'Request refused: the body must be JSON.' },
  URL_INVALID: { id: 'Alamat permintaan tidak valid.', en: 'The request address is not valid.' },
  SETUP_CODE_WRONG: {
    id: 'Kode penyiapan salah. Lihat kode di layar konsol server atau di jendela aplikasi (mulai ulang untuk kode baru).',
    en: 'Wrong setup code. Read it on the server console or in the app window (restart for a new code).',
  },
  PIN_RETRY_LATER: {
    id: 'Terlalu banyak PIN salah dari sini. Coba lagi dalam {seconds} detik.',
    en: 'Too many wrong PINs from here. Try again in {seconds} seconds.',
  },
  PIN_TOO_SHORT: { id: 'PIN untuk peran {role} minimal {digits} angka.', en: 'A {role} PIN has at least {digits} digits.' },
  DEVICE_NOT_PAIRED: {
    id: 'Perangkat ini belum dipasangkan. Buka /pair dan masukkan kode dari manajer.',
    en: 'This device is not paired. Open /pair and enter the code from the manager.',
  },
  PAIRING_CODE_WRONG: {
    id: 'Kode pemasangan salah atau sudah kedaluwarsa. Minta kode baru kepada manajer.',
    en: 'The pairing code is wrong or expired. Ask the manager for a new one.',
  },
  DEVICE_UNKNOWN: { id: 'Perangkat tidak ditemukan atau sudah dicabut.', en: 'Device not found or already revoked.' },
};
